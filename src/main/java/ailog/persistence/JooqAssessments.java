package ailog.persistence;

import static ailog.persistence.generated.Tables.ASSESSMENT;
import static ailog.persistence.generated.Tables.ENROLLMENT;

import ailog.app.Assessments;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.Answer;
import ailog.domain.metrics.AssessmentRules;
import ailog.domain.metrics.Frequency;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Record;

/** Six-week assessments as given, in SQLite: the enrollment id is the key, so the first one stored stays. */
public final class JooqAssessments implements Assessments {
    private final Database database;

    public JooqAssessments(Database database) {
        this.database = database;
    }

    @Override
    public SixWeekAssessment keep(SixWeekAssessment given) {
        AssessmentRules rules = given.rules();
        SixWeekAssessment.Judgement judgement = given.judgement();
        database.write(dsl -> dsl.insertInto(ASSESSMENT)
                .set(ASSESSMENT.ENROLLMENT_ID, given.enrollment().id())
                .set(ASSESSMENT.GIVEN_AT, judgement.givenAt().orElseThrow().toEpochMilli())
                .set(ASSESSMENT.DUE_ON, given.dueOn().toString())
                .set(ASSESSMENT.TARGET, (long) rules.targetPercent())
                .set(ASSESSMENT.RUNS_PER_WEEK, (long) rules.runsPerWeek())
                .set(ASSESSMENT.FREQUENCY_FROM, rules.frequencyWeeks().from().toString())
                .set(ASSESSMENT.FREQUENCY_TO, rules.frequencyWeeks().to().toString())
                .set(ASSESSMENT.QUALITY_FROM, rules.qualityWeeks().from().toString())
                .set(ASSESSMENT.QUALITY_TO, rules.qualityWeeks().to().toString())
                .set(ASSESSMENT.EXPANSION_FROM, rules.expansionWeeks().from().toString())
                .set(ASSESSMENT.EXPANSION_TO, rules.expansionWeeks().to().toString())
                .set(ASSESSMENT.FREQUENCY_RUNS, (long) given.weeks5To6().runs())
                .set(ASSESSMENT.QUALITY_ACCEPTED, (long) given.weeks3To6().accepted())
                .set(ASSESSMENT.QUALITY_RUNS, (long) given.weeks3To6().runs())
                .set(ASSESSMENT.OUTSIDE_TRAINED, joined(given.outsideTrained(), WorkflowKey::value))
                .set(ASSESSMENT.QUALITY, key(judgement.quality()))
                .set(ASSESSMENT.VERDICT, judgement.verdict().key())
                .set(ASSESSMENT.ALSO, joined(judgement.also(), Verdict::key))
                .onConflictDoNothing()
                .execute());
        // a second DM composed at the same time may have stored first: its judgement is the one given
        return of(given.enrollment().id()).orElseThrow();
    }

    @Override
    public Optional<SixWeekAssessment> of(long enrollmentId) {
        return select(ASSESSMENT.ENROLLMENT_ID.eq(enrollmentId)).stream().findFirst();
    }

    @Override
    public List<SixWeekAssessment> dueBetween(LocalDate from, LocalDate to) {
        return select(ASSESSMENT.DUE_ON.between(from.toString(), to.toString()));
    }

    private List<SixWeekAssessment> select(Condition which) {
        return database.read(dsl -> dsl.select()
                .from(ASSESSMENT)
                .join(ENROLLMENT).on(ENROLLMENT.ID.eq(ASSESSMENT.ENROLLMENT_ID))
                .where(which)
                .orderBy(ASSESSMENT.ENROLLMENT_ID)
                .fetch(JooqAssessments::toAssessment));
    }

    private static SixWeekAssessment toAssessment(Record r) {
        var row = r.into(ASSESSMENT);
        ReportWindow frequencyWeeks = window(row.getFrequencyFrom(), row.getFrequencyTo());
        AssessmentRules rules = new AssessmentRules(row.getTarget().intValue(), row.getRunsPerWeek().intValue(),
                frequencyWeeks, window(row.getQualityFrom(), row.getQualityTo()),
                window(row.getExpansionFrom(), row.getExpansionTo()));
        return new SixWeekAssessment(JooqEnrollments.toEnrollment(r.into(ENROLLMENT)), rules,
                Frequency.over(frequencyWeeks, row.getFrequencyRuns().intValue()),
                new AcceptanceRate(row.getQualityAccepted().intValue(), row.getQualityRuns().intValue()),
                split(row.getOutsideTrained(), WorkflowKey::new),
                new SixWeekAssessment.Judgement(answer(row.getQuality()), Verdict.fromKey(row.getVerdict()),
                        split(row.getAlso(), Verdict::fromKey), Optional.of(Instant.ofEpochMilli(row.getGivenAt()))));
    }

    private static ReportWindow window(String from, String to) {
        return new ReportWindow(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static <T> String joined(List<T> values, Function<T, String> key) {
        return values.stream().map(key).collect(Collectors.joining(","));
    }

    private static <T> List<T> split(String joined, Function<String, T> parse) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(parse).toList();
    }

    private static String key(Answer answer) {
        return answer.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Answer answer(String key) {
        return Answer.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
