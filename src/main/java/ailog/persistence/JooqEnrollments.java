package ailog.persistence;

import static ailog.persistence.generated.Tables.ENROLLMENT;

import ailog.app.Enrollments;
import ailog.domain.Enrollment;
import ailog.domain.EnrollmentEnd;
import ailog.domain.WorkflowKey;
import ailog.persistence.generated.tables.records.EnrollmentRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Enrollments: one row per enrollment, ended rows kept as history, at most one active row per member. */
public final class JooqEnrollments implements Enrollments {
    /** The member's active enrollment: at most one row (a partial unique index), read on every log. */
    private static final String ACTIVE_OF_MEMBER = """
            select id, user_id, trained_on, workflows, target, zone, enrolled_by, enrolled_at, paused_until
            from enrollment
            where user_id = ? and ended_at is null""";

    private final Database database;

    public JooqEnrollments(Database database) {
        this.database = database;
    }

    /**
     * Ends the member's active enrollment and inserts the new one, in one transaction. Enrollments of one member go
     * one at a time across instances ({@link Engine#oneAtATime}), so the active enrollment this transaction ends is
     * the latest, and no other can be inserted beside the new one.
     */
    @Override
    public Started enroll(Enrollment enrollment) {
        return database.write(dsl -> {
            database.engine().oneAtATime(dsl, enrollment.userId());
            Optional<Enrollment> ended = endActive(dsl, enrollment.userId(), enrollment.enrolledBy(),
                    enrollment.enrolledAt());
            long newId = insertUnlessActive(dsl, enrollment).orElseThrow(() -> new IllegalStateException(
                    enrollment.userId() + " is still enrolled after their enrollment was ended"));
            ended.ifPresent(old -> dsl.update(ENROLLMENT)
                    .set(ENROLLMENT.REPLACED_BY, newId)
                    .where(ENROLLMENT.ID.eq(old.id()))
                    .execute());
            return new Started(stored(enrollment, newId), ended);
        });
    }

    /** The enrollment as stored: its new id, and not paused. */
    private static Enrollment stored(Enrollment e, long id) {
        return new Enrollment(id, e.userId(), e.trainedOn(), e.workflows(), e.targetPercent(), e.zone(),
                e.enrolledBy(), e.enrolledAt(), Optional.empty());
    }

    private static Optional<Long> insertUnlessActive(DSLContext dsl, Enrollment enrollment) {
        return dsl.insertInto(ENROLLMENT)
                .set(ENROLLMENT.USER_ID, enrollment.userId())
                .set(ENROLLMENT.TRAINED_ON, enrollment.trainedOn().toString())
                .set(ENROLLMENT.WORKFLOWS, enrollment.workflows().stream().map(WorkflowKey::value)
                        .collect(Collectors.joining(",")))
                .set(ENROLLMENT.TARGET, (long) enrollment.targetPercent())
                .set(ENROLLMENT.ZONE, enrollment.zone().getId())
                .set(ENROLLMENT.ENROLLED_BY, enrollment.enrolledBy())
                .set(ENROLLMENT.ENROLLED_AT, enrollment.enrolledAt().toEpochMilli())
                .onConflict(ENROLLMENT.USER_ID)
                .where(ENROLLMENT.ENDED_AT.isNull())
                .doNothing()
                .returning(ENROLLMENT.ID)
                .fetchOptional()
                .map(EnrollmentRecord::getId);
    }

    @Override
    public Optional<Enrollment> end(String userId, String by, Instant at) {
        return database.write(dsl -> endActive(dsl, userId, by, at));
    }

    /** Ends the member's active enrollment in one statement; returns it as it was, or empty when there was none. */
    private static Optional<Enrollment> endActive(DSLContext dsl, String userId, String by, Instant at) {
        return dsl.update(ENROLLMENT)
                .set(ENROLLMENT.ENDED_AT, at.toEpochMilli())
                .set(ENROLLMENT.ENDED_BY, by)
                .where(ENROLLMENT.USER_ID.eq(userId))
                .and(ENROLLMENT.ENDED_AT.isNull())
                .returning()
                .fetchOptional()
                .map(JooqEnrollments::toEnrollment);
    }

    @Override
    public List<Enrollment> all() {
        return database.read(dsl -> dsl.selectFrom(ENROLLMENT)
                .where(ENROLLMENT.ENDED_AT.isNull())
                .orderBy(ENROLLMENT.ID)
                .fetch(JooqEnrollments::toEnrollment));
    }

    @Override
    public Optional<Enrollment> find(long id) {
        return database.read(dsl -> dsl.selectFrom(ENROLLMENT)
                .where(ENROLLMENT.ID.eq(id))
                .fetchOptional(JooqEnrollments::toEnrollment));
    }

    @Override
    public Optional<EnrollmentEnd> endOf(long id) {
        return database.read(dsl -> dsl.selectFrom(ENROLLMENT)
                .where(ENROLLMENT.ID.eq(id))
                .and(ENROLLMENT.ENDED_AT.isNotNull())
                .fetchOptional(r -> new EnrollmentEnd(r.getId(), Instant.ofEpochMilli(r.getEndedAt()),
                        r.getEndedBy(), Optional.ofNullable(r.getReplacedBy()))));
    }

    @Override
    public Optional<Enrollment> before(long id) {
        return find(id).flatMap(later -> database.read(dsl -> dsl.selectFrom(ENROLLMENT)
                .where(ENROLLMENT.USER_ID.eq(later.userId()))
                .and(ENROLLMENT.ID.lt(id))
                .orderBy(ENROLLMENT.ID.desc())
                .limit(1)
                .fetchOptional(JooqEnrollments::toEnrollment)));
    }

    /**
     * Plain JDBC on a kept statement: every log reply reads the member's target from here, and building the query
     * with jOOQ each time cost more than running it (most of a log's work in a freshly started JVM).
     */
    @Override
    public Optional<Enrollment> ofMember(String userId) {
        return database.readPrepared(statements -> {
            PreparedStatement select = statements.get(ACTIVE_OF_MEMBER);
            select.setString(1, userId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String pausedUntil = row.getString(9);
                return Optional.of(new Enrollment(
                        row.getLong(1),
                        row.getString(2),
                        LocalDate.parse(row.getString(3)),
                        workflows(row.getString(4)),
                        row.getInt(5),
                        ZoneId.of(row.getString(6)),
                        row.getString(7),
                        Instant.ofEpochMilli(row.getLong(8)),
                        Optional.ofNullable(pausedUntil).map(LocalDate::parse)));
            }
        });
    }

    @Override
    public boolean pause(String userId, Optional<LocalDate> until) {
        return database.write(dsl -> dsl.update(ENROLLMENT)
                .set(ENROLLMENT.PAUSED_UNTIL, until.map(LocalDate::toString).orElse(null))
                .where(ENROLLMENT.USER_ID.eq(userId))
                .and(ENROLLMENT.ENDED_AT.isNull())
                .execute()) == 1;
    }

    private static List<WorkflowKey> workflows(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(WorkflowKey::new).toList();
    }

    static Enrollment toEnrollment(EnrollmentRecord r) {
        return new Enrollment(
                r.getId(),
                r.getUserId(),
                LocalDate.parse(r.getTrainedOn()),
                workflows(r.getWorkflows()),
                r.getTarget().intValue(),
                ZoneId.of(r.getZone()),
                r.getEnrolledBy(),
                Instant.ofEpochMilli(r.getEnrolledAt()),
                Optional.ofNullable(r.getPausedUntil()).map(LocalDate::parse));
    }
}
