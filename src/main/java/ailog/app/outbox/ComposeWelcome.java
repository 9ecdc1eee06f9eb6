package ailog.app.outbox;

import ailog.app.Enrollments;
import ailog.app.Workflows;
import ailog.domain.Enrollment;
import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.schedule.EnrollmentPlan;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The welcome of an enrollment, or the "your schedule changed" DM when it replaced an earlier one: a member is
 * welcomed once, however often they are enrolled again.
 */
public final class ComposeWelcome implements Composer {
    private final Enrollments enrollments;
    private final Workflows workflows;
    private final Owners owners;
    private final int checkinHour;

    public ComposeWelcome(Enrollments enrollments, Workflows workflows, Owners owners, int checkinHour) {
        this.enrollments = enrollments;
        this.workflows = workflows;
        this.owners = owners;
        this.checkinHour = checkinHour;
    }

    @Override
    public Composition compose(OutboxEntry entry, Instant now) {
        Optional<Enrollment> found = enrollments.find(Long.parseLong(entry.subject()));
        if (found.isEmpty()) {
            return new Composition.Skip("the enrollment is gone");
        }
        Enrollment enrollment = found.get();
        var ended = enrollments.endOf(enrollment.id());
        if (ended.isPresent()) {
            return new Composition.Skip(ended.get().reason());
        }
        return new Composition.Send(new Message.Welcome(EnrollmentPlan.of(enrollment, checkinHour),
                names(enrollment.workflows()), owners.userIds().stream().sorted().toList(),
                enrollments.before(enrollment.id())));
    }

    private List<String> names(List<WorkflowKey> keys) {
        return keys.stream()
                .map(key -> workflows.find(key.value()).map(Workflow::name).orElse(key.value()))
                .toList();
    }
}
