package ailog.testing;

import static ailog.persistence.generated.Tables.ASSESSMENT;
import static ailog.persistence.generated.Tables.FEEDBACK;
import static ailog.persistence.generated.Tables.FOUNDATION_CHANGE;
import static ailog.persistence.generated.Tables.FOUNDATION_CHANGE_REPORTER;
import static ailog.persistence.generated.Tables.HEALTH;
import static ailog.persistence.generated.Tables.OBSTACLE;
import static ailog.persistence.generated.Tables.OUTBOX;

import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqEnrollments;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A database holding every kind of row ailog stores: runs of every source, outcome and edit type with notes in
 * several scripts, enrollments active, replaced, ended and paused, outbox rows in every status, feedback open and
 * fixed, obstacles, changes to the foundations with their reporters, assessments and the health row. Runs and
 * enrollments go through the real adapters; the rest is written as the bot would have left it.
 */
public final class EveryKindOfRow {
    public static final String OWNER = "U0OWNER01";
    /** The instant a report of this data is taken at: its 90 days hold every run. */
    public static final Instant REPORT_AT = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final List<String> NOTES = List.of("", "shortened the intro", "Zoë's café draft, 🎉 提案",
            "Отчёт для клиента «Север»", "تقرير أسبوعي", "two\nlines, \"quoted\"", "=SUM(A1:A9)", "ยอดเยี่ยม");

    private EveryKindOfRow() {}

    /** Fills an empty, migrated database; {@code extraRuns} imported runs more, to make a copy take several batches. */
    public static void into(Database database, int extraRuns) {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        JooqWorkflows workflows = new JooqWorkflows(database, clock);
        workflows.add(new Workflow(new WorkflowKey("proposal"), "Client proposal", OWNER));
        workflows.add(new Workflow(new WorkflowKey("status-update"), "Status update — 週報", OWNER));
        workflows.add(new Workflow(new WorkflowKey("summary"), "Zoë's résumé & <notes>", OWNER));
        new JooqRuns(database).saveAll(runs(extraRuns));
        enrollments(new JooqEnrollments(database));
        database.write(dsl -> {
            outbox(dsl);
            feedbackAndFixes(dsl);
            obstaclesAndAssessments(dsl);
            dsl.update(HEALTH).set(HEALTH.CHECKED_AT, T0.toEpochMilli()).execute();
            return null;
        });
    }

    private static List<NewRun> runs(int extraRuns) {
        List<String> members = List.of("U0ALICE01", "U0BOB0001", "U0CARL001", "U0DANA001");
        List<String> keys = List.of("proposal", "status-update", "summary");
        List<NewRun> runs = new ArrayList<>();
        int i = 0;
        for (Outcome outcome : Outcome.values()) {
            List<Optional<EditType>> types = new ArrayList<>(List.of(Optional.empty()));
            if (outcome.takesEditType()) {
                List.of(EditType.values()).forEach(type -> types.add(Optional.of(type)));
            }
            for (Optional<EditType> type : types) {
                for (LogSource source : LogSource.values()) {
                    runs.add(run(members.get(i % members.size()), keys.get(i % keys.size()), outcome, type, i,
                            NOTES.get(i % NOTES.size()), source));
                    i++;
                }
            }
        }
        for (int extra = 0; extra < extraRuns; extra++, i++) {
            runs.add(run(members.get(i % members.size()), keys.get(i % keys.size()), Outcome.LIGHT_EDIT,
                    Optional.of(EditType.values()[i % EditType.values().length]), i, "imported " + extra,
                    LogSource.IMPORT));
        }
        return runs;
    }

    private static NewRun run(String user, String key, Outcome outcome, Optional<EditType> type, int i, String notes,
            LogSource source) {
        return new NewRun(user, new WorkflowKey(key), outcome, type, LocalDate.parse("2026-09-07").plusDays(i % 84),
                notes, T0.plusSeconds(3_600L * i), source,
                source == LogSource.BUTTON ? Optional.of("card:" + i) : Optional.empty());
    }

    /** Alice replaced, Carl ended, Bob paused, Dana active: the ids run 1 (Alice's first) to 5. */
    private static void enrollments(JooqEnrollments enrollments) {
        enrollments.enroll(enrollment("U0ALICE01", "2026-09-07", "Europe/Berlin", "proposal,status-update", 70));
        enrollments.enroll(enrollment("U0BOB0001", "2026-09-14", "Asia/Tokyo", "summary", 80));
        enrollments.enroll(enrollment("U0CARL001", "2026-09-14", "UTC", "proposal", 70));
        enrollments.enroll(enrollment("U0ALICE01", "2026-10-05", "Europe/Berlin", "proposal,summary", 70));
        enrollments.enroll(enrollment("U0DANA001", "2026-09-28", "America/New_York", "proposal", 60));
        enrollments.end("U0CARL001", OWNER, T0.plusSeconds(86_400L * 40));
        enrollments.pause("U0BOB0001", Optional.of(LocalDate.parse("2026-12-10")));
    }

    private static Enrollment enrollment(String user, String trainedOn, String zone, String keys, int target) {
        LocalDate day = LocalDate.parse(trainedOn);
        return new Enrollment(0, user, day, List.of(keys.split(",")).stream().map(WorkflowKey::new).toList(), target,
                ZoneId.of(zone), OWNER, day.atStartOfDay(ZoneOffset.UTC).toInstant(), Optional.empty());
    }

    private static void outbox(org.jooq.DSLContext dsl) {
        long due = T0.plusSeconds(86_400L * 10).toEpochMilli();
        Object[][] rows = {
            {"checkin:2:1", "checkin", "U0BOB0001", "2", "sent", 1L, due, due, due + 5, "D0BOB", "1700000000.000100",
                null},
            {"nudge:2:1", "nudge", "U0BOB0001", "2", "skipped", 0L, null, due, due, null, null, "paused"},
            {"checkin:5:1", "checkin", "U0DANA001", "5", "missed", 3L, due, due, due + 9, null, null,
                "too late: 3 days"},
            {"checkin:5:2", "checkin", "U0DANA001", "5", "sending", 1L, due + 60_000, due + 60_000, null, null, null,
                "ratelimited"},
            {"assessment:5", "assessment-member", "U0DANA001", "5", "pending", 0L, null,
                Instant.parse("2026-12-09T15:00:00Z").toEpochMilli(), null, null, null, null},
            {"feedback:1:" + OWNER, "feedback-for-owner", OWNER, "1", "sent", 1L, due, due, due + 1, "D0OWN",
                "1700000000.000200", null},
        };
        for (Object[] row : rows) {
            long dueAt = (Long) row[7];
            dsl.insertInto(OUTBOX)
                    .set(OUTBOX.MESSAGE_KEY, (String) row[0])
                    .set(OUTBOX.KIND, (String) row[1])
                    .set(OUTBOX.RECIPIENT, (String) row[2])
                    .set(OUTBOX.SUBJECT, (String) row[3])
                    .set(OUTBOX.STATUS, (String) row[4])
                    .set(OUTBOX.ATTEMPTS, (Long) row[5])
                    .set(OUTBOX.CLAIMED_AT, (Long) row[6])
                    .set(OUTBOX.DUE_AT, dueAt)
                    .set(OUTBOX.NEXT_ATTEMPT_AT, dueAt)
                    .set(OUTBOX.FINISHED_AT, (Long) row[8])
                    .set(OUTBOX.CHANNEL, (String) row[9])
                    .set(OUTBOX.TS, (String) row[10])
                    .set(OUTBOX.NOTE, (String) row[11])
                    .execute();
        }
    }

    private static void feedbackAndFixes(org.jooq.DSLContext dsl) {
        long at = T0.plusSeconds(86_400L * 20).toEpochMilli();
        long fixed = dsl.insertInto(FEEDBACK)
                .set(FEEDBACK.USER_ID, "U0ALICE01").set(FEEDBACK.WORKFLOW_KEY, "proposal")
                .set(FEEDBACK.EDIT_TYPE, "tone").set(FEEDBACK.DESCRIPTION, "Too formal — 太正式了")
                .set(FEEDBACK.CREATED_AT, at).set(FEEDBACK.FIXED_IN, "voice-guide").set(FEEDBACK.FIXED_BY, OWNER)
                .set(FEEDBACK.FIXED_AT, at + 86_400_000L)
                .returning(FEEDBACK.ID).fetchOne().getId();
        dsl.insertInto(FEEDBACK)
                .set(FEEDBACK.USER_ID, "U0DANA001").set(FEEDBACK.WORKFLOW_KEY, "summary")
                .set(FEEDBACK.EDIT_TYPE, "missing-info").set(FEEDBACK.DESCRIPTION, "Misses the budget line")
                .set(FEEDBACK.CREATED_AT, at + 1_000)
                .execute();
        long change = dsl.insertInto(FOUNDATION_CHANGE)
                .set(FOUNDATION_CHANGE.WORKFLOW_KEY, "proposal").set(FOUNDATION_CHANGE.FOUNDATION, "voice-guide")
                .set(FOUNDATION_CHANGE.DESCRIPTION, "Warmer opening — «bonjour»")
                .set(FOUNDATION_CHANGE.AUTHOR, OWNER)
                .set(FOUNDATION_CHANGE.CHANGED_AT, at + 86_400_000L).set(FOUNDATION_CHANGE.CHANGED_ON, "2026-09-22")
                .set(FOUNDATION_CHANGE.FEEDBACK_ID, fixed)
                .returning(FOUNDATION_CHANGE.ID).fetchOne().getId();
        dsl.insertInto(FOUNDATION_CHANGE)
                .set(FOUNDATION_CHANGE.WORKFLOW_KEY, "summary").set(FOUNDATION_CHANGE.FOUNDATION, "output-template")
                .set(FOUNDATION_CHANGE.DESCRIPTION, "Bullet points first").set(FOUNDATION_CHANGE.AUTHOR, OWNER)
                .set(FOUNDATION_CHANGE.CHANGED_AT, at + 2 * 86_400_000L).set(FOUNDATION_CHANGE.CHANGED_ON, "2026-09-23")
                .execute();
        for (String reporter : List.of("U0ALICE01", "U0BOB0001")) {
            dsl.insertInto(FOUNDATION_CHANGE_REPORTER)
                    .set(FOUNDATION_CHANGE_REPORTER.CHANGE_ID, change)
                    .set(FOUNDATION_CHANGE_REPORTER.USER_ID, reporter)
                    .execute();
        }
    }

    private static void obstaclesAndAssessments(org.jooq.DSLContext dsl) {
        String[] reasons = {"bad-experience", "job-security", "creative-judgement", "unfamiliar-tools", "no-time"};
        for (int week = 1; week <= reasons.length; week++) {
            dsl.insertInto(OBSTACLE)
                    .set(OBSTACLE.USER_ID, week % 2 == 0 ? "U0BOB0001" : "U0DANA001")
                    .set(OBSTACLE.ENROLLMENT, week % 2 == 0 ? 2L : 5L)
                    .set(OBSTACLE.WEEK, (long) week)
                    .set(OBSTACLE.REASON, reasons[week - 1])
                    .set(OBSTACLE.ANSWERED_AT, T0.plusSeconds(86_400L * 7 * week).toEpochMilli())
                    .execute();
        }
        assessment(dsl, 1L, "2026-10-19", "no", "quality-bar-not-met", "stable-not-deepening");
        assessment(dsl, 5L, "2026-11-09", "not-enough-runs", "working-quality-not-judged", "");
    }

    private static void assessment(org.jooq.DSLContext dsl, long enrollment, String dueOn, String quality,
            String verdict, String also) {
        LocalDate due = LocalDate.parse(dueOn);
        dsl.insertInto(ASSESSMENT)
                .set(ASSESSMENT.ENROLLMENT_ID, enrollment)
                .set(ASSESSMENT.GIVEN_AT, due.atTime(15, 0).toInstant(ZoneOffset.UTC).toEpochMilli())
                .set(ASSESSMENT.DUE_ON, dueOn)
                .set(ASSESSMENT.TARGET, 70L)
                .set(ASSESSMENT.RUNS_PER_WEEK, 3L)
                .set(ASSESSMENT.FREQUENCY_FROM, due.minusDays(13).toString())
                .set(ASSESSMENT.FREQUENCY_TO, due.toString())
                .set(ASSESSMENT.QUALITY_FROM, due.minusDays(27).toString())
                .set(ASSESSMENT.QUALITY_TO, due.toString())
                .set(ASSESSMENT.EXPANSION_FROM, due.minusDays(41).toString())
                .set(ASSESSMENT.EXPANSION_TO, due.toString())
                .set(ASSESSMENT.FREQUENCY_RUNS, 4L)
                .set(ASSESSMENT.QUALITY_ACCEPTED, 2L)
                .set(ASSESSMENT.QUALITY_RUNS, 5L)
                .set(ASSESSMENT.OUTSIDE_TRAINED, "summary")
                .set(ASSESSMENT.QUALITY, quality)
                .set(ASSESSMENT.VERDICT, verdict)
                .set(ASSESSMENT.ALSO, also)
                .execute();
    }
}
