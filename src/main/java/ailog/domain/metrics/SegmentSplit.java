package ailog.domain.metrics;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** How many members fall in each segment, and how each share compares with the unguided baseline. */
public record SegmentSplit(int power, int narrow, int non) {
    public SegmentSplit {
        if (power < 0 || narrow < 0 || non < 0) {
            throw new IllegalArgumentException("segment counts cannot be negative");
        }
    }

    public static SegmentSplit of(Collection<Segment> segments) {
        int[] counts = new int[Segment.values().length];
        segments.forEach(segment -> counts[segment.ordinal()]++);
        return new SegmentSplit(counts[Segment.POWER.ordinal()], counts[Segment.NARROW.ordinal()],
                counts[Segment.NON.ordinal()]);
    }

    public int total() {
        return power + narrow + non;
    }

    public int count(Segment segment) {
        return switch (segment) {
            case POWER -> power;
            case NARROW -> narrow;
            case NON -> non;
        };
    }

    /** The segment's share in whole percent; none without members. */
    public OptionalInt percent(Segment segment) {
        return total() == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * count(segment) / total()));
    }

    /** Above, within or below the segment's baseline range; none without members. */
    public Optional<BaselinePosition> against(Segment segment) {
        return total() == 0 ? Optional.empty() : Optional.of(segment.baseline().position(count(segment), total()));
    }

    /** Every segment's position against its baseline, in segment order; empty without members. */
    public Map<Segment, BaselinePosition> againstBaseline() {
        EnumMap<Segment, BaselinePosition> positions = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            against(segment).ifPresent(position -> positions.put(segment, position));
        }
        return Collections.unmodifiableMap(positions);
    }
}
