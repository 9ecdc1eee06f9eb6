package ailog.persistence;

import static ailog.persistence.generated.Tables.ENROLLMENT;

import ailog.app.Enrollments;
import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import ailog.persistence.generated.tables.records.EnrollmentRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Field;

/** Enrollments in SQLite. */
public final class JooqEnrollments implements Enrollments {
    private final Database database;
    private final Clock clock;

    public JooqEnrollments(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Enrollment enroll(Enrollment enrollment) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ENROLLMENT.TRAINED_ON, enrollment.trainedOn().toString());
        values.put(ENROLLMENT.WORKFLOWS,
                enrollment.workflows().stream().map(WorkflowKey::value).collect(Collectors.joining(",")));
        values.put(ENROLLMENT.TARGET, (long) enrollment.targetPercent());
        values.put(ENROLLMENT.ZONE, enrollment.zone().getId());
        values.put(ENROLLMENT.ENROLLED_BY, enrollment.enrolledBy());
        values.put(ENROLLMENT.ENROLLED_AT, clock.millis());
        return database.write(dsl -> {
            // Enrolling again replaces the enrollment in place (same id) and ends any pause.
            dsl.insertInto(ENROLLMENT)
                .set(ENROLLMENT.USER_ID, enrollment.userId())
                .set(values)
                .onConflict(ENROLLMENT.USER_ID)
                .doUpdate()
                .set(values)
                .setNull(ENROLLMENT.PAUSED_UNTIL)
                .execute();
            return dsl.selectFrom(ENROLLMENT)
                    .where(ENROLLMENT.USER_ID.eq(enrollment.userId()))
                    .fetchSingle(JooqEnrollments::toEnrollment);
        });
    }

    @Override
    public List<Enrollment> all() {
        return database.read(dsl -> dsl.selectFrom(ENROLLMENT).orderBy(ENROLLMENT.ID).fetch(JooqEnrollments::toEnrollment));
    }

    @Override
    public Optional<Enrollment> find(long id) {
        return database.read(dsl -> dsl.selectFrom(ENROLLMENT).where(ENROLLMENT.ID.eq(id))
                .fetchOptional(JooqEnrollments::toEnrollment));
    }

    @Override
    public Optional<Enrollment> ofMember(String userId) {
        return database.read(dsl -> dsl.selectFrom(ENROLLMENT).where(ENROLLMENT.USER_ID.eq(userId))
                .fetchOptional(JooqEnrollments::toEnrollment));
    }

    @Override
    public boolean pause(String userId, Optional<LocalDate> until) {
        return database.write(dsl -> dsl.update(ENROLLMENT)
                .set(ENROLLMENT.PAUSED_UNTIL, until.map(LocalDate::toString).orElse(null))
                .where(ENROLLMENT.USER_ID.eq(userId))
                .execute()) == 1;
    }

    private static Enrollment toEnrollment(EnrollmentRecord r) {
        return new Enrollment(
                r.getId(),
                r.getUserId(),
                LocalDate.parse(r.getTrainedOn()),
                Arrays.stream(r.getWorkflows().split(",")).map(WorkflowKey::new).toList(),
                r.getTarget().intValue(),
                ZoneId.of(r.getZone()),
                r.getEnrolledBy(),
                Optional.ofNullable(r.getPausedUntil()).map(LocalDate::parse));
    }
}
