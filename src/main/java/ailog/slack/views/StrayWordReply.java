package ailog.slack.views;

import ailog.app.WorkflowLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The answer to {@code /ailog stats}: a first word that is neither a workflow nor a command, and what was meant. */
public final class StrayWordReply {
    private static final int ECHO = 40;
    /** The commands any member can run, each with what it is for. */
    private static final String MEMBER_COMMANDS = "`me` (your own numbers), `undo`, `workflows`, `pause`,"
            + " `feedback` (tell the owners something is not quite right) and `help`";

    private StrayWordReply() {}

    public static Reply of(String word, WorkflowLookup.Suggestions suggestions) {
        String text = ":warning: `" + Texts.echo(word, ECHO) + "` is not a workflow or a command, so nothing was"
                + " stored. " + meant(suggestions) + " To log a run, name the workflow, then how the output turned"
                + " out; `/ailog help` shows every command.";
        return Reply.withExample(text, "/ailog " + suggestions.exampleWorkflow() + " as-is");
    }

    private static String meant(WorkflowLookup.Suggestions suggestions) {
        List<String> guesses = new ArrayList<>();
        suggestions.commands().forEach(c -> guesses.add("the command `/ailog " + c + "`"));
        suggestions.workflows().forEach(w -> guesses.add("the workflow `" + w + "`"));
        if (guesses.isEmpty()) {
            return "The commands anyone can use are " + MEMBER_COMMANDS + ".";
        }
        return "Did you mean " + guesses.stream().collect(Collectors.joining(" or ")) + "?";
    }
}
