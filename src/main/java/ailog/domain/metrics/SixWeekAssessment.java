package ailog.domain.metrics;

import ailog.domain.Enrollment;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An enrollment on day 42: frequency in weeks 5–6 and quality in weeks 3–6 over its trained workflows only, and
 * expansion to any other workflow in weeks 1–6; the verdicts follow from the three answers.
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

    /** Runs in weeks 5–6 ÷ 2 ≥ 3. */
    public boolean frequencyOk() {
        return weeks5To6.atLeastPerWeek(RUNS_PER_WEEK);
    }

    /** No runs in weeks 3–6 is no rate, and so not ok. */
    public boolean qualityOk() {
        return weeks3To6.meets(enrollment.targetPercent());
    }

    public boolean expansionOk() {
        return !outsideTrained.isEmpty();
    }

    /** Every verdict that applies, frequency first. */
    public List<Verdict> verdicts() {
        return Verdict.of(frequencyOk(), qualityOk(), expansionOk());
    }

    /** The headline verdict: the first that applies. */
    public Verdict verdict() {
        return verdicts().get(0);
    }

    public List<String> nextSteps() {
        return verdicts().stream().map(Verdict::nextStep).toList();
    }

    public double runsPerWeekInWeeks5To6() {
        return weeks5To6.perWeek();
    }

    public int workflowsOutsideTrained() {
        return outsideTrained.size();
    }
}
