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
import ailog.domain.metrics.LoggedBetween;
import ailog.domain.metrics.MemberAggregate;
import ailog.domain.metrics.ReportInput;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.RunCount;
import ailog.domain.metrics.RunTally;
import ailog.domain.metrics.Segment;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.TeamReportAssembly;
import ailog.domain.metrics.WorkflowAggregate;
import ailog.domain.metrics.WorkflowCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The report's figures from SQLite: a GROUP BY per workflow, and two per member that walk the member index in
 * member order: the runs of the window and the 28 days, and the workflows of the 90 days, the longest, which runs on
 * a second reader connection meanwhile. Only assessments read runs themselves.
 */
public final class JooqReportData implements ReportData {
    /** Where the 90 days' query runs beside the others: a daemon thread, kept a minute for the next report. */
    private static final ExecutorService BESIDE = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "report-query");
        thread.setDaemon(true);
        return thread;
    });

    private static final List<String> ACCEPTED =
            Arrays.stream(Outcome.values()).filter(Outcome::accepted).map(Outcome::key).toList();

    private final Database database;
    /** The run date as the member-ordered queries use it, so they walk the member index (see Engine). */
    private final UnaryOperator<Field<String>> memberOrdered;
    private final Runs runs;
    private final Workflows workflows;
    private final Enrollments enrollments;
    private final JooqAssessments assessments;

    public JooqReportData(Database database, Runs runs, Workflows workflows, Enrollments enrollments) {
        this.database = database;
        this.memberOrdered = database.engine()::memberOrdered;
        this.runs = runs;
        this.workflows = workflows;
        this.enrollments = enrollments;
        this.assessments = new JooqAssessments(database);
    }

    @Override
    public ReportInput input(ReportWindow window, LocalDate today, int targetPercent, Optional<Instant> loggedBy) {
        List<Enrollment> enrolled = enrollments.all();
        // those given keep their figures, even of an enrollment since ended; only the others read runs
        List<SixWeekAssessment> given = assessments.dueBetween(window.from(), window.to());
        Set<Long> givenIds = given.stream().map(a -> a.enrollment().id()).collect(Collectors.toSet());
        Map<Long, List<Run>> assessmentRuns = TeamReportAssembly.assessmentsDue(enrolled, window, today).stream()
                .filter(e -> !givenIds.contains(e.id()))
                .collect(Collectors.toMap(Enrollment::id, e -> runs.ofMemberBetween(
                        e.userId(), e.firstDayOfWeek(1), e.lastDayOfWeek(6))));
        CompletableFuture<Map<String, Quarter>> quarter = CompletableFuture.supplyAsync(
                () -> database.read(dsl -> quarterPerMember(dsl, memberOrdered, today)), BESIDE);
        Condition counted = loggedBy.map(by -> JooqRuns.loggedIn(LoggedBetween.upTo(by))).orElse(DSL.noCondition());
        List<WorkflowAggregate> perWorkflow = database.read(dsl -> perWorkflow(dsl, window, counted));
        Map<String, Recent> recent = database.read(dsl -> recentPerMember(dsl, memberOrdered, window, today, counted));
        Map<String, LocalDate> firstAfterTraining = database.read(dsl -> firstRunsAfterTraining(dsl, today));
        return new ReportInput(window, today, targetPercent, workflows.all(), enrolled, perWorkflow,
                perMember(recent, join(quarter), firstAfterTraining), assessmentRuns, given);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public Optional<LocalDate> latestRunDateUpTo(LocalDate day) {
        return database.read(dsl -> Optional.ofNullable(dsl.select(DSL.max(RUN.RUN_DATE))
                .from(RUN)
                .where(RUN.RUN_DATE.le(day.toString()))
                .fetchOne(0, String.class))
                .map(LocalDate::parse));
    }

    /**
     * Counted by workflow, outcome and edit type (a few hundred rows), then added up per workflow; {@code counted}
     * keeps a scheduled report to the runs logged by the time it went out.
     */
    private static List<WorkflowAggregate> perWorkflow(DSLContext dsl, ReportWindow window, Condition counted) {
        List<RunCount> counts = dsl.select(RUN.WORKFLOW_KEY, RUN.OUTCOME, RUN.EDIT_TYPE, DSL.count())
                .from(RUN)
                .where(RUN.RUN_DATE.between(window.from().toString(), window.to().toString()))
                .and(counted)
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
    private static List<MemberAggregate> perMember(Map<String, Recent> recent, Map<String, Quarter> quarter,
            Map<String, LocalDate> firstAfterTraining) {
        TreeMap<String, MemberAggregate> members = new TreeMap<>();
        recent.forEach((userId, r) -> {
            Quarter q = quarter.get(userId);
            if (r.runsInWindow() > 0 || q != null) {
                members.put(userId, new MemberAggregate(userId, r.runsInWindow(), r.acceptedInWindow(),
                        r.runsLast28Days(), r.workflowsLast28Days(), q == null ? 0 : q.workflows(),
                        Optional.of(q == null ? r.lastRun() : later(r.lastRun(), q.lastRun())),
                        Optional.ofNullable(firstAfterTraining.get(userId))));
            }
        });
        quarter.forEach((userId, q) -> members.computeIfAbsent(userId, id -> new MemberAggregate(id, 0, 0, 0, 0,
                q.workflows(), Optional.of(q.lastRun()), Optional.ofNullable(firstAfterTraining.get(id)))));
        return List.copyOf(members.values());
    }

    /** A member's runs in the window and the 28 days, and their last run in those days. */
    private record Recent(int runsInWindow, int acceptedInWindow, int runsLast28Days, int workflowsLast28Days,
            LocalDate lastRun) {}

    /** A member's distinct workflows and last run in the 90 days. */
    private record Quarter(int workflows, LocalDate lastRun) {}

    private static Map<String, Recent> recentPerMember(DSLContext dsl, UnaryOperator<Field<String>> memberOrdered,
            ReportWindow window, LocalDate today, Condition counted) {
        LocalDate windowEnd = window.to().isAfter(today) ? today : window.to();
        LocalDate from28 = Segment.window(today).from();
        Condition inWindow = RUN.RUN_DATE.between(window.from().toString(), windowEnd.toString()).and(counted);
        Condition last28 = RUN.RUN_DATE.ge(from28.toString());
        return dsl.select(RUN.USER_ID,
                        DSL.count().filterWhere(inWindow),
                        DSL.count().filterWhere(inWindow.and(RUN.OUTCOME.in(ACCEPTED))),
                        DSL.count().filterWhere(last28),
                        DSL.countDistinct(DSL.when(last28, RUN.WORKFLOW_KEY)),
                        DSL.max(RUN.RUN_DATE))
                .from(RUN)
                .where(memberOrdered.apply(RUN.RUN_DATE).between(min(window.from(), from28).toString(), today.toString()))
                .groupBy(RUN.USER_ID)
                .fetchMap(r -> r.value1(), r -> new Recent(r.value2(), r.value3(), r.value4(), r.value5(),
                        LocalDate.parse(r.value6())));
    }

    private static Map<String, Quarter> quarterPerMember(DSLContext dsl, UnaryOperator<Field<String>> memberOrdered,
            LocalDate today) {
        return dsl.select(RUN.USER_ID, DSL.countDistinct(RUN.WORKFLOW_KEY), DSL.max(RUN.RUN_DATE))
                .from(RUN)
                .where(memberOrdered.apply(RUN.RUN_DATE).between(WorkflowCount.window(today).from().toString(),
                        today.toString()))
                .groupBy(RUN.USER_ID)
                .fetchMap(r -> r.value1(), r -> new Quarter(r.value2(), LocalDate.parse(r.value3())));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Each enrolled member's earliest run up to today after the training day of their active enrollment: one index
     * seek per enrollment.
     */
    private static Map<String, LocalDate> firstRunsAfterTraining(DSLContext dsl, LocalDate today) {
        Field<String> firstRun = DSL.field(DSL.select(DSL.min(RUN.RUN_DATE))
                .from(RUN)
                .where(RUN.USER_ID.eq(ENROLLMENT.USER_ID))
                .and(RUN.RUN_DATE.gt(ENROLLMENT.TRAINED_ON))
                .and(RUN.RUN_DATE.le(today.toString())));
        return dsl.select(ENROLLMENT.USER_ID, firstRun)
                .from(ENROLLMENT)
                .where(ENROLLMENT.TRAINED_ON.le(today.toString()))
                .and(ENROLLMENT.ENDED_AT.isNull())
                .fetch()
                .stream()
                .filter(r -> r.value2() != null)
                .collect(Collectors.toMap(r -> r.value1(), r -> LocalDate.parse(r.value2())));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
