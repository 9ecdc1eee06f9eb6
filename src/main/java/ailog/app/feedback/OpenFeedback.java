package ailog.app.feedback;

import ailog.app.Feedbacks;
import ailog.app.Workflows;
import ailog.domain.Feedback;
import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The feedback not fixed yet, oldest first, for an owner's Home tab; nothing for anyone else. */
public final class OpenFeedback {
    /** One open item with its workflow's display name. */
    public record Item(Feedback feedback, String workflowName) {}

    private final Feedbacks feedbacks;
    private final Workflows workflows;
    private final Owners owners;

    public OpenFeedback(Feedbacks feedbacks, Workflows workflows, Owners owners) {
        this.feedbacks = feedbacks;
        this.workflows = workflows;
        this.owners = owners;
    }

    public Optional<List<Item>> forOwner(String userId) {
        if (!owners.includes(userId)) {
            return Optional.empty();
        }
        Map<WorkflowKey, String> names = workflows.all().stream().collect(Collectors.toMap(Workflow::key, Workflow::name));
        return Optional.of(feedbacks.open().stream()
                .map(f -> new Item(f, names.getOrDefault(f.workflow(), f.workflow().value())))
                .toList());
    }
}
