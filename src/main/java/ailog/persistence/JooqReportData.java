package ailog.persistence;

import static ailog.persistence.generated.Tables.ENROLLMENT;
import static ailog.persistence.generated.Tables.RUN;

import ailog.app.Enrollments;
import ailog.app.Runs;
import ailog.app.Workflows;
import ailog.app.report.ReportData;
import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.Outcome;
import ailog.domain.Run;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.MemberAggregate;
import ailog.domain.metrics.ReportInput;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.RunCount;
import ailog.domain.metrics.RunTally;
import ailog.domain.metrics.Segment;
import ailog.domain.metrics.TeamReportAssembly;
import ailog.domain.metrics.WorkflowAggregate;
import ailog.domain.metrics.WorkflowCount;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The report's figures from SQLite: a GROUP BY per workflow and one per member; only assessments read runs. */
public final class JooqReportData implements ReportData {
    private static final List<String> ACCEPTED =
            Arrays.stream(Outcome.values()).filter(Outcome::accepted).map(Outcome::key).toList();

    private final Database database;
    private final Runs runs;
    private final Workflows workflows;
    private final Enrollments enrollments;

    public JooqReportData(Database database, Runs runs, Workflows workflows, Enrollments enrollments) {
        this.database = database;
        this.runs = runs;
        this.workflows = workflows;
        this.enrollments = enrollments;
    }

    @Override
    public ReportInput input(ReportWindow window, LocalDate today, int targetPercent) {
        List<Enrollment> enrolled = enrollments.all();
        Map<Long, List<Run>> assessmentRuns = TeamReportAssembly.assessmentsDue(enrolled, window, today).stream()
                .collect(Collectors.toMap(Enrollment::id, e -> runs.ofMemberBetween(
                        e.userId(), e.firstDayOfWeek(1), e.lastDayOfWeek(6))));
        return new ReportInput(window, today, targetPercent, workflows.all(), enrolled,
                database.read(dsl -> perWorkflow(dsl, window)),
                database.read(dsl -> perMember(dsl, window, today)),
                assessmentRuns);
    }

    /** Counted by workflow, outcome and edit type (a few hundred rows), then added up per workflow. */
    private static List<WorkflowAggregate> perWorkflow(DSLContext dsl, ReportWindow window) {
        List<RunCount> counts = dsl.select(RUN.WORKFLOW_KEY, RUN.OUTCOME, RUN.EDIT_TYPE, DSL.count())
                .from(RUN)
                .where(RUN.RUN_DATE.between(window.from().toString(), window.to().toString()))
                .groupBy(RUN.WORKFLOW_KEY, RUN.OUTCOME, RUN.EDIT_TYPE)
                .fetch(r -> new RunCount(new WorkflowKey(r.value1()), Outcome.fromKey(r.value2()),
                        Optional.ofNullable(r.value3()).map(EditType::fromKey), r.value4()));
        return counts.stream()
                .collect(Collectors.groupingBy(c -> c.workflow().value(), TreeMap::new, Collectors.toList()))
                .values().stream()
                .map(group -> {
                    RunTally tally = RunTally.ofCounts(group);
                    return new WorkflowAggregate(group.get(0).workflow(), tally.runs(),
                            tally.acceptance().accepted(), tally.editTypes());
                })
                .toList();
    }

    /**
     * Members with a run in the window or the 90 days; everything up to today. The last run date is found within
     * those days too: a member listed has a run there, so no later run up to today lies outside them.
     */
    private static List<MemberAggregate> perMember(DSLContext dsl, ReportWindow window, LocalDate today) {
        LocalDate windowEnd = window.to().isAfter(today) ? today : window.to();
        Condition inWindow = RUN.RUN_DATE.between(window.from().toString(), windowEnd.toString());
        Condition last28 = RUN.RUN_DATE.ge(Segment.window(today).from().toString());
        Condition last90 = RUN.RUN_DATE.ge(WorkflowCount.window(today).from().toString());
        LocalDate from = min(window.from(), WorkflowCount.window(today).from());
        Map<String, LocalDate> firstAfterTraining = firstRunsAfterTraining(dsl, today);
        return dsl.select(RUN.USER_ID,
                        DSL.count().filterWhere(inWindow),
                        DSL.count().filterWhere(inWindow.and(RUN.OUTCOME.in(ACCEPTED))),
                        DSL.count().filterWhere(last28),
                        DSL.countDistinct(RUN.WORKFLOW_KEY).filterWhere(last28),
                        DSL.countDistinct(RUN.WORKFLOW_KEY).filterWhere(last90),
                        DSL.max(RUN.RUN_DATE))
                .from(RUN)
                .where(RUN.RUN_DATE.between(from.toString(), today.toString()))
                .groupBy(RUN.USER_ID)
                .having(DSL.count().filterWhere(inWindow.or(last90)).gt(0))
                .orderBy(RUN.USER_ID)
                .fetch(r -> new MemberAggregate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), Optional.of(LocalDate.parse(r.value7())),
                        Optional.ofNullable(firstAfterTraining.get(r.value1()))));
    }

    /** Each enrolled member's earliest run up to today after their training day: one index seek per enrollment. */
    private static Map<String, LocalDate> firstRunsAfterTraining(DSLContext dsl, LocalDate today) {
        Field<String> firstRun = DSL.field(DSL.select(DSL.min(RUN.RUN_DATE))
                .from(RUN)
                .where(RUN.USER_ID.eq(ENROLLMENT.USER_ID))
                .and(RUN.RUN_DATE.gt(ENROLLMENT.TRAINED_ON))
                .and(RUN.RUN_DATE.le(today.toString())));
        return dsl.select(ENROLLMENT.USER_ID, firstRun)
                .from(ENROLLMENT)
                .where(ENROLLMENT.TRAINED_ON.le(today.toString()))
                .fetch()
                .stream()
                .filter(r -> r.value2() != null)
                .collect(Collectors.toMap(r -> r.value1(), r -> LocalDate.parse(r.value2())));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
