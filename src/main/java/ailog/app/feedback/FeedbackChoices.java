package ailog.app.feedback;

import ailog.app.Enrollments;
import ailog.app.Workflows;
import ailog.domain.Workflow;
import java.util.Comparator;
import java.util.List;

/** The workflows the feedback form offers a member: the ones they were trained on first, then the catalog. */
public final class FeedbackChoices {
    private final Workflows workflows;
    private final Enrollments enrollments;

    public FeedbackChoices(Workflows workflows, Enrollments enrollments) {
        this.workflows = workflows;
        this.enrollments = enrollments;
    }

    public List<Workflow> forMember(String userId) {
        List<Workflow> all = workflows.all();
        return enrollments.ofMember(userId)
                .map(enrollment -> all.stream()
                        .sorted(Comparator.comparing((Workflow w) -> !enrollment.trained(w.key())))
                        .toList())
                .orElse(all);
    }
}
