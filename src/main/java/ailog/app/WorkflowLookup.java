package ailog.app;

import ailog.domain.CommandWords;
import ailog.domain.WorkflowPhrase;
import ailog.domain.metrics.CloseMatches;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads typed words against the catalog: a workflow named in several words, and what a stray word is close to. */
public final class WorkflowLookup {
    /** Where a log example can point when the catalog is still empty: logging it offers to add it. */
    static final String EXAMPLE_WHEN_EMPTY = "proposal";

    /** The commands and workflow keys nearest a stray word, and a workflow key for a correct example. */
    public record Suggestions(List<String> commands, List<String> workflows, String exampleWorkflow) {}

    private final Workflows workflows;

    public WorkflowLookup(Workflows workflows) {
        this.workflows = workflows;
    }

    /** The workflow the first of {@code words} name, in one word or several. */
    public Optional<WorkflowPhrase.Match> named(List<String> words) {
        return WorkflowPhrase.longest(workflows.all(), words);
    }

    public Suggestions suggest(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> commands = CloseMatches.of(lower, CommandWords.all(), 3);
        List<String> close = WorkflowPhrase.closest(lower, workflows.all(), 3);
        return new Suggestions(commands, close, close.stream().findFirst().orElseGet(this::exampleWorkflow));
    }

    /** A workflow key for an example line: the catalog's first, so the example logs as typed. */
    public String exampleWorkflow() {
        return workflows.all().stream().map(w -> w.key().value()).findFirst().orElse(EXAMPLE_WHEN_EMPTY);
    }
}
