package ailog.domain.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The six-week assessment's one verdict (SPEC §7), each with the next step it calls for: the first "no" in the order
 * frequency, quality, expansion; adoption working when all three are "yes".
 *
 * <p>A quality from too few runs is not a "no". When it is not judged and frequency and expansion pass, the verdict
 * is {@link #WORKING_QUALITY_NOT_JUDGED}, not {@link #ADOPTION_WORKING}: the member uses AI often and beyond the
 * training, but nobody can yet say the outputs are good, so the step is to get quality judged before the second
 * wave. With today's windows this cannot come from runs (6 runs in weeks 5–6 are already 5 in weeks 3–6); it is
 * decided so that a change of either bar cannot turn "not judged" into "working".
 */
public enum Verdict {
    ADOPTION_WORKING("adoption working", "continue; plan second-wave workflow expansion"),
    WORKING_QUALITY_NOT_JUDGED("adoption working on frequency and expansion",
            "continue; have every run logged and judge quality at 5 runs before planning the second wave"),
    REVERTED("reverted", "diagnose why; intervene"),
    QUALITY_BAR_NOT_MET("quality bar not met", "diagnose the context or prompt gap; fix it"),
    STABLE_NOT_DEEPENING("stable, not deepening", "second training session on more workflows");

    private final String label;
    private final String nextStep;

    Verdict(String label, String nextStep) {
        this.label = label;
        this.nextStep = nextStep;
    }

    /** The first "no", frequency first; with none, whether quality was judged decides how far adoption is proven. */
    public static Verdict of(boolean frequencyOk, Answer quality, boolean expansionOk) {
        List<Verdict> failing = failing(frequencyOk, quality, expansionOk);
        if (!failing.isEmpty()) {
            return failing.get(0);
        }
        return quality == Answer.YES ? ADOPTION_WORKING : WORKING_QUALITY_NOT_JUDGED;
    }

    /** The other "no" answers after the verdict's own, in the same order: shown as "also: …". */
    public static List<Verdict> also(boolean frequencyOk, Answer quality, boolean expansionOk) {
        List<Verdict> failing = failing(frequencyOk, quality, expansionOk);
        return failing.isEmpty() ? List.of() : List.copyOf(failing.subList(1, failing.size()));
    }

    private static List<Verdict> failing(boolean frequencyOk, Answer quality, boolean expansionOk) {
        List<Verdict> failing = new ArrayList<>();
        if (!frequencyOk) {
            failing.add(REVERTED);
        }
        if (quality == Answer.NO) {
            failing.add(QUALITY_BAR_NOT_MET);
        }
        if (!expansionOk) {
            failing.add(STABLE_NOT_DEEPENING);
        }
        return failing;
    }

    /** "quality-bar-not-met", as JSON shows it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The verdict a stored key names. */
    public static Verdict fromKey(String key) {
        for (Verdict verdict : values()) {
            if (verdict.key().equals(key)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("no verdict " + key);
    }

    public String label() {
        return label;
    }

    public String nextStep() {
        return nextStep;
    }
}
