package ailog.app;

import ailog.domain.Outcome;
import ailog.domain.WorkflowPhrase;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A member typed in ailog's direct messages, which ailog does not read as commands or feedback: works out what to
 * point them to instead, and spots a run typed without {@code /ailog}.
 */
public final class AnswerDirectMessage {
    /** Longer text is a message, not a run someone meant to log. */
    static final int MAX_LOG_LINE = 300;

    /** {@code logLine} is the text as an /ailog command when it reads as a run; an example workflow otherwise. */
    public record Answer(Optional<String> logLine, String exampleWorkflow) {}

    private final WorkflowLookup lookup;

    public AnswerDirectMessage(WorkflowLookup lookup) {
        this.lookup = lookup;
    }

    public Answer answer(String text) {
        String typed = text.strip();
        return new Answer(readsAsRun(typed) ? Optional.of("/ailog " + typed) : Optional.empty(),
                lookup.exampleWorkflow());
    }

    /** "proposal as-is" or "status update light-edit tone": a workflow, then an outcome. */
    private boolean readsAsRun(String typed) {
        if (typed.isEmpty() || typed.length() > MAX_LOG_LINE || typed.contains("\n")) {
            return false;
        }
        List<String> words = Arrays.asList(typed.split("\\s+"));
        return lookup.named(words)
                .filter(match -> match.words() < words.size())
                .filter(match -> Outcome.parse(words.get(match.words())).isPresent())
                .isPresent();
    }
}
