package ailog.app;

import ailog.domain.EditType;
import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.domain.WorkflowKey;
import java.util.List;
import java.util.Optional;

/** Where "not quite right" feedback is kept. */
public interface Feedbacks {
    Feedback add(String userId, WorkflowKey workflow, EditType editType, String description);

    Optional<Feedback> find(long id);

    /** Marks it fixed in that part of the foundations; false when it was fixed already. */
    boolean markFixed(long id, Foundation fixedIn, String ownerId);

    List<Feedback> open();
}
