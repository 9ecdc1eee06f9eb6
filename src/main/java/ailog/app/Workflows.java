package ailog.app;

import ailog.domain.Workflow;
import java.util.List;
import java.util.Optional;

/** The workflow catalog. */
public interface Workflows {
    List<Workflow> all();

    /** The workflow a word names: its key, or else its display name in any case. */
    Optional<Workflow> find(String word);

    /** Adds the workflow; false when its key is taken. */
    boolean add(Workflow workflow);
}
