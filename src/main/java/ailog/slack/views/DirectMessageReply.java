package ailog.slack.views;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import ailog.app.AnswerDirectMessage;
import java.util.List;

/** The answer to a message typed in ailog's direct messages: how to log instead, and the feedback form. */
public final class DirectMessageReply {
    private static final int ECHO = 320;

    private DirectMessageReply() {}

    public static Reply of(AnswerDirectMessage.Answer answer) {
        String howToLog = answer.logLine()
                .map(line -> "To log that run, type `" + Texts.echo(line, ECHO) + "`: here or in any channel.")
                .orElse("To log a run, type `/ailog " + answer.exampleWorkflow() + " as-is` (the workflow, then how"
                        + " the output turned out), or just `/ailog` for buttons. `/ailog help` shows every command.");
        String text = ":wave: I don't read messages typed here, so nothing was logged or passed on. " + howToLog;
        String feedback = "Was an AI output not quite right? Tell the AI system owners with the form:";
        return new Reply(text, List.of(
                section(s -> s.blockId("direct_message_help").text(markdownText(text))),
                section(s -> s.blockId("direct_message_feedback").text(markdownText(feedback))),
                actions(a -> a.blockId("direct_message_actions").elements(List.of(
                        button(b -> b.actionId(ActionIds.CHECKIN_NOT_QUITE_RIGHT)
                                .text(plainText("Not quite right"))
                                .value("direct-message")))))));
    }
}
