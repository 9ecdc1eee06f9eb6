package ailog.domain.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The six-week assessment's verdicts (SPEC §7), each with the next step it calls for. */
public enum Verdict {
    ADOPTION_WORKING("adoption working", "continue; plan second-wave workflow expansion"),
    REVERTED("reverted", "diagnose why; intervene"),
    QUALITY_BAR_NOT_MET("quality bar not met", "diagnose the context or prompt gap; fix it"),
    STABLE_NOT_DEEPENING("stable, not deepening", "second training session on more workflows");

    private final String label;
    private final String nextStep;

    Verdict(String label, String nextStep) {
        this.label = label;
        this.nextStep = nextStep;
    }

    /** Every row of the decision table that matches, frequency first; adoption working only when all pass. */
    public static List<Verdict> of(boolean frequencyOk, boolean qualityOk, boolean expansionOk) {
        List<Verdict> verdicts = new ArrayList<>();
        if (!frequencyOk) {
            verdicts.add(REVERTED);
        }
        if (!qualityOk) {
            verdicts.add(QUALITY_BAR_NOT_MET);
        }
        if (!expansionOk) {
            verdicts.add(STABLE_NOT_DEEPENING);
        }
        return verdicts.isEmpty() ? List.of(ADOPTION_WORKING) : List.copyOf(verdicts);
    }

    /** "quality-bar-not-met", as JSON shows it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public String nextStep() {
        return nextStep;
    }
}
