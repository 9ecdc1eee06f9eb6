package ailog.domain.metrics;

import ailog.domain.Enrollment;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An enrollment on day 42: frequency in weeks 5–6 and quality in weeks 3–6 over its trained workflows only, and
 * expansion to any other workflow in weeks 1–6; one verdict follows from the three answers. Once given (sent), it is
 * stored with its rules, figures and verdict and read back as it was, whatever changed since.
 */
public record SixWeekAssessment(Enrollment enrollment, AssessmentRules rules, Frequency weeks5To6,
        AcceptanceRate weeks3To6, List<WorkflowKey> outsideTrained, Judgement judgement) {
    public static final int DUE_DAY = 42;
    public static final int RUNS_PER_WEEK = 3;

    /** What was decided: the quality answer, the verdict, the other "no" answers, and when it was given, if it was. */
    public record Judgement(Answer quality, Verdict verdict, List<Verdict> also, Optional<Instant> givenAt) {
        public Judgement {
            Objects.requireNonNull(quality, "quality");
            Objects.requireNonNull(verdict, "verdict");
            also = List.copyOf(also);
        }
    }

    public SixWeekAssessment {
        outsideTrained = outsideTrained.stream().distinct().sorted(Comparator.comparing(WorkflowKey::value)).toList();
        if (outsideTrained.stream().anyMatch(enrollment::trained)) {
            throw new IllegalArgumentException("a trained workflow is not outside the trained set");
        }
    }

    /** Judged now, by today's rules for the enrollment: the one place the three answers become a verdict. */
    public SixWeekAssessment(Enrollment enrollment, Frequency weeks5To6, AcceptanceRate weeks3To6,
            List<WorkflowKey> outsideTrained) {
        this(enrollment, AssessmentRules.of(enrollment), weeks5To6, weeks3To6, outsideTrained,
                judge(AssessmentRules.of(enrollment), weeks5To6, weeks3To6, outsideTrained));
    }

    private static Judgement judge(AssessmentRules rules, Frequency weeks5To6, AcceptanceRate weeks3To6,
            List<WorkflowKey> outsideTrained) {
        boolean frequencyOk = weeks5To6.atLeastPerWeek(rules.runsPerWeek());
        Answer quality = weeks3To6.against(rules.targetPercent());
        boolean expansionOk = !outsideTrained.isEmpty();
        return new Judgement(quality, Verdict.of(frequencyOk, quality, expansionOk),
                Verdict.also(frequencyOk, quality, expansionOk), Optional.empty());
    }

    /** The same judgement, given (sent) at the instant: from then on it is read back, never judged again. */
    public SixWeekAssessment givenAt(Instant at) {
        return new SixWeekAssessment(enrollment, rules, weeks5To6, weeks3To6, outsideTrained,
                new Judgement(judgement.quality(), judgement.verdict(), judgement.also(), Optional.of(at)));
    }

    /** The member's calendar date it was given on; empty for one not given yet, judged as the report is built. */
    public Optional<LocalDate> givenOn() {
        return judgement.givenAt().map(at -> LocalDate.ofInstant(at, enrollment.zone()));
    }

    /** Weeks 1–6: days 1 … 42 after training; runs on the training day itself do not count. */
    public static ReportWindow weeks(Enrollment enrollment, int firstWeek, int lastWeek) {
        return new ReportWindow(enrollment.firstDayOfWeek(firstWeek), enrollment.lastDayOfWeek(lastWeek));
    }

    /** Assesses from the member's runs (others' runs are ignored); run dates are in the member's zone. */
    public static SixWeekAssessment of(Enrollment enrollment, List<Run> runs) {
        List<Run> own = runs.stream().filter(r -> r.userId().equals(enrollment.userId())).toList();
        List<Run> trained = own.stream().filter(r -> enrollment.trained(r.workflow())).toList();
        AssessmentRules rules = AssessmentRules.of(enrollment);
        return new SixWeekAssessment(enrollment,
                Frequency.of(trained, rules.frequencyWeeks()),
                AcceptanceRate.of(trained.stream().filter(r -> rules.qualityWeeks().contains(r.runDate())).toList()),
                own.stream()
                        .filter(r -> rules.expansionWeeks().contains(r.runDate()) && !enrollment.trained(r.workflow()))
                        .map(Run::workflow)
                        .toList());
    }

    public LocalDate dueOn() {
        return enrollment.trainedOn().plusDays(DUE_DAY);
    }

    public String userId() {
        return enrollment.userId();
    }

    public int targetPercent() {
        return rules.targetPercent();
    }

    /** Runs in weeks 5–6 ÷ 2 ≥ 3: a count, so always answered; no runs is a "no". Read from the verdict given. */
    public boolean frequencyOk() {
        return !failed(Verdict.REVERTED);
    }

    /** Acceptance in weeks 3–6 against the target; not judged from fewer than 5 runs, never a "no" then. */
    public Answer quality() {
        return judgement.quality();
    }

    public boolean expansionOk() {
        return !failed(Verdict.STABLE_NOT_DEEPENING);
    }

    private boolean failed(Verdict no) {
        return verdict() == no || also().contains(no);
    }

    /** The one verdict: the first "no" in the order frequency, quality, expansion. */
    public Verdict verdict() {
        return judgement.verdict();
    }

    /** The other "no" answers, after the verdict's own. */
    public List<Verdict> also() {
        return judgement.also();
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
