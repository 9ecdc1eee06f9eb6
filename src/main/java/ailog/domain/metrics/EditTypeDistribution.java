package ailog.domain.metrics;

import ailog.domain.EditType;
import ailog.domain.Foundation;
import ailog.domain.Run;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How often each edit type came up, per workflow or overall, and the fix the most common one points at. */
public record EditTypeDistribution(Map<EditType, Integer> counts) {
    /** Keeps only edit types that came up, so equal distributions are equal records. */
    public EditTypeDistribution {
        EnumMap<EditType, Integer> copy = new EnumMap<>(EditType.class);
        counts.forEach((type, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException(type.key() + " counted " + count + " times");
            }
            if (count > 0) {
                copy.put(type, count);
            }
        });
        counts = Collections.unmodifiableMap(copy);
    }

    public static EditTypeDistribution none() {
        return new EditTypeDistribution(Map.of());
    }

    public static EditTypeDistribution of(List<Run> runs) {
        EnumMap<EditType, Integer> counts = new EnumMap<>(EditType.class);
        runs.forEach(run -> run.editType().ifPresent(type -> counts.merge(type, 1, Integer::sum)));
        return new EditTypeDistribution(counts);
    }

    /** The overall distribution: the workflows' counts added up. */
    public static EditTypeDistribution sum(Collection<EditTypeDistribution> parts) {
        EnumMap<EditType, Integer> total = new EnumMap<>(EditType.class);
        parts.forEach(part -> part.counts.forEach((type, count) -> total.merge(type, count, Integer::sum)));
        return new EditTypeDistribution(total);
    }

    public int count(EditType type) {
        return counts.getOrDefault(type, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A modifiable copy, every edit type that came up in {@link EditType} order. */
    public EnumMap<EditType, Integer> asEnumMap() {
        return counts.isEmpty() ? new EnumMap<>(EditType.class) : new EnumMap<>(counts);
    }

    /** The most common edit type; ties go to the one listed first in {@link EditType}. */
    public Optional<EditType> top() {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<EditType, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /** The part of the AI foundations the most common edit type points at. */
    public Optional<Foundation> topFix() {
        return top().map(EditType::fix);
    }
}
