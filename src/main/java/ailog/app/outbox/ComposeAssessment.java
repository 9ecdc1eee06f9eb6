package ailog.app.outbox;

import ailog.app.Assessments;
import ailog.app.Enrollments;
import ailog.app.Runs;
import ailog.domain.Enrollment;
import ailog.domain.EnrollmentEnd;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.schedule.MessageKind;
import java.time.Instant;
import java.util.Optional;

/**
 * The day-42 messages: the assessment of an enrollment's six weeks, for the member and for each owner. The first DM
 * composed judges it and stores the judgement; every other DM of the enrollment reads that one back.
 */
public final class ComposeAssessment implements Composer {
    private static final int WEEKS = 6;

    private final Enrollments enrollments;
    private final Runs runs;
    private final Assessments given;

    public ComposeAssessment(Enrollments enrollments, Runs runs, Assessments given) {
        this.enrollments = enrollments;
        this.runs = runs;
        this.given = given;
    }

    @Override
    public Composition compose(OutboxEntry entry, Instant now) {
        Optional<Enrollment> enrollment = enrollments.find(Long.parseLong(entry.subject()));
        if (enrollment.isEmpty()) {
            return new Composition.Skip("the enrollment is gone");
        }
        Enrollment e = enrollment.get();
        Optional<EnrollmentEnd> ended = enrollments.endOf(e.id());
        if (ended.isPresent()) {
            return new Composition.Skip(ended.get().reason());
        }
        SixWeekAssessment assessment = given.of(e.id()).orElseGet(() -> given.keep(SixWeekAssessment.of(e,
                runs.ofMemberBetween(e.userId(), e.firstDayOfWeek(1), e.lastDayOfWeek(WEEKS))).givenAt(now)));
        return new Composition.Send(new Message.Assessment(assessment, entry.kind() != MessageKind.ASSESSMENT_MEMBER));
    }
}
