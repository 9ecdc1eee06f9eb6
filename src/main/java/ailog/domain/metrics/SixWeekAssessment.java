package ailog.domain.metrics;

import ailog.domain.Enrollment;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An enrollment on day 42: frequency in weeks 5–6 and quality in weeks 3–6 over its trained workflows only, and
 * expansion to any other workflow in weeks 1–6; one verdict follows from the three answers.
 */
public record SixWeekAssessment(Enrollment enrollment, Frequency weeks5To6, AcceptanceRate weeks3To6,
        List<WorkflowKey> outsideTrained) {
    public static final int DUE_DAY = 42;
    public static final int RUNS_PER_WEEK = 3;

    public SixWeekAssessment {
        outsideTrained = outsideTrained.stream().distinct().sorted(Comparator.comparing(WorkflowKey::value)).toList();
        if (outsideTrained.stream().anyMatch(enrollment::trained)) {
            throw new IllegalArgumentException("a trained workflow is not outside the trained set");
        }
    }

    /** Weeks 1–6: days 1 … 42 after training; runs on the training day itself do not count. */
    public static ReportWindow weeks(Enrollment enrollment, int firstWeek, int lastWeek) {
        return new ReportWindow(enrollment.firstDayOfWeek(firstWeek), enrollment.lastDayOfWeek(lastWeek));
    }

    /** Assesses from the member's runs (others' runs are ignored); run dates are in the member's zone. */
    public static SixWeekAssessment of(Enrollment enrollment, List<Run> runs) {
        List<Run> own = runs.stream().filter(r -> r.userId().equals(enrollment.userId())).toList();
        List<Run> trained = own.stream().filter(r -> enrollment.trained(r.workflow())).toList();
        ReportWindow lateWeeks = weeks(enrollment, 5, 6);
        ReportWindow qualityWeeks = weeks(enrollment, 3, 6);
        ReportWindow allWeeks = weeks(enrollment, 1, 6);
        return new SixWeekAssessment(enrollment,
                Frequency.of(trained, lateWeeks),
                AcceptanceRate.of(trained.stream().filter(r -> qualityWeeks.contains(r.runDate())).toList()),
                own.stream()
                        .filter(r -> allWeeks.contains(r.runDate()) && !enrollment.trained(r.workflow()))
                        .map(Run::workflow)
                        .toList());
    }

    public LocalDate dueOn() {
        return enrollment.trainedOn().plusDays(DUE_DAY);
    }

    public String userId() {
        return enrollment.userId();
    }

    /** Runs in weeks 5–6 ÷ 2 ≥ 3: a count, so always answered; no runs is a "no". */
    public boolean frequencyOk() {
        return weeks5To6.atLeastPerWeek(RUNS_PER_WEEK);
    }

    /** Acceptance in weeks 3–6 against the target; not judged from fewer than 5 runs, never a "no" then. */
    public Answer quality() {
        return weeks3To6.against(enrollment.targetPercent());
    }

    public boolean expansionOk() {
        return !outsideTrained.isEmpty();
    }

    /** The one verdict: the first "no" in the order frequency, quality, expansion. */
    public Verdict verdict() {
        return Verdict.of(frequencyOk(), quality(), expansionOk());
    }

    /** The other "no" answers, after the verdict's own. */
    public List<Verdict> also() {
        return Verdict.also(frequencyOk(), quality(), expansionOk());
    }

    /** The verdict's next step first, then those of the "also" answers. */
    public List<String> nextSteps() {
        return Stream.concat(Stream.of(verdict()), also().stream()).map(Verdict::nextStep).toList();
    }

    /** The verdict and what could not be judged: "reverted; quality not judged: 3 runs in weeks 3–6, 5 needed". */
    public String verdictLine() {
        if (quality().judged()) {
            return verdict().label();
        }
        int runs = weeks3To6.runs();
        String counted = runs == 0 ? "no runs" : runs == 1 ? "1 run" : runs + " runs";
        return verdict().label() + "; quality not judged: " + counted + " in weeks 3–6, "
                + AcceptanceRate.RUNS_TO_JUDGE + " needed";
    }

    public double runsPerWeekInWeeks5To6() {
        return weeks5To6.perWeek();
    }

    public int workflowsOutsideTrained() {
        return outsideTrained.size();
    }
}
