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

/** Enrollments in SQLite: one row per enrollment, ended rows kept as history. */
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

    @Override
    public Started enroll(Enrollment enrollment) {
        return database.write(dsl -> {
            Optional<Enrollment> replaced = active(dsl, enrollment.userId());
            EnrollmentRecord row = dsl.newRecord(ENROLLMENT);
            row.setUserId(enrollment.userId());
            row.setTrainedOn(enrollment.trainedOn().toString());
            row.setWorkflows(enrollment.workflows().stream().map(WorkflowKey::value).collect(Collectors.joining(",")));
            row.setTarget((long) enrollment.targetPercent());
            row.setZone(enrollment.zone().getId());
            row.setEnrolledBy(enrollment.enrolledBy());
            row.setEnrolledAt(enrollment.enrolledAt().toEpochMilli());
            // the active enrollment ends first: the index allows one active row per member
            replaced.ifPresent(old -> endRow(dsl, old.id(), enrollment.enrolledBy(), enrollment.enrolledAt()));
            row.store();
            replaced.ifPresent(old -> dsl.update(ENROLLMENT)
                    .set(ENROLLMENT.REPLACED_BY, row.getId())
                    .where(ENROLLMENT.ID.eq(old.id()))
                    .execute());
            return new Started(toEnrollment(row), replaced);
        });
    }

    @Override
    public Optional<Enrollment> end(String userId, String by, Instant at) {
        return database.write(dsl -> {
            Optional<Enrollment> active = active(dsl, userId);
            active.ifPresent(e -> endRow(dsl, e.id(), by, at));
            return active;
        });
    }

    private static void endRow(DSLContext dsl, long id, String by, Instant at) {
        dsl.update(ENROLLMENT)
                .set(ENROLLMENT.ENDED_AT, at.toEpochMilli())
                .set(ENROLLMENT.ENDED_BY, by)
                .where(ENROLLMENT.ID.eq(id))
                .execute();
    }

    private static Optional<Enrollment> active(DSLContext dsl, String userId) {
        return dsl.selectFrom(ENROLLMENT)
                .where(ENROLLMENT.USER_ID.eq(userId))
                .and(ENROLLMENT.ENDED_AT.isNull())
                .fetchOptional(JooqEnrollments::toEnrollment);
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

    @Override
    /**
     * Plain JDBC on a kept statement: every log reply reads the member's target from here, and building the query
     * with jOOQ each time cost more than running it (most of a log's work in a freshly started JVM).
     */
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
