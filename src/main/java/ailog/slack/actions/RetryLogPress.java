package ailog.slack.actions;

import ailog.app.LogRun;
import ailog.domain.LogSource;
import ailog.domain.RunEntry;
import ailog.slack.commands.LogCommandParser;
import ailog.slack.views.LogReplies;
import ailog.slack.views.Reply;
import ailog.slack.views.RetryLog;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;

/** "Log as proposal" or "Add propsal and log" under an unknown-workflow reply: logs the typed run once. */
public final class RetryLogPress implements BlockActionHandler {
    private final LogCommandParser parser;
    private final LogRun logRun;
    private final PressReplies replies;
    private final Runnable sendSoon;

    /** {@code sendSoon} sends queued notices after the acknowledgement, as adding a workflow queues one. */
    public RetryLogPress(LogCommandParser parser, LogRun logRun, PressReplies replies, Runnable sendSoon) {
        this.parser = parser;
        this.logRun = logRun;
        this.replies = replies;
        this.sendSoon = sendSoon;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        Pressed pressed = Pressed.from(request.getPayload());
        Optional<RetryLog> typed = pressed.value().flatMap(RetryLog::decode);
        Reply reply = typed.map(retry -> retry(pressed.userId(), retry)).orElseGet(StaleButton::reply);
        replies.show(request.getPayload(), context, reply);
        if (typed.filter(RetryLog::addWorkflow).isPresent()) {
            sendSoon.run(); // the owners hear about the new workflow now, not at the next tick
        }
        return context.ack();
    }

    private Reply retry(String userId, RetryLog retry) {
        LogCommandParser.Parsed parsed = parser.parse(retry.commandText());
        if (parsed.entry().isEmpty()) {
            return LogReplies.rejected(parsed.problems());
        }
        RunEntry typed = parsed.entry().get();
        RunEntry entry = new RunEntry(retry.workflow(), typed.outcome(), typed.editType(), typed.day(), typed.notes());
        LogRun.Result result = logRun.log(new LogRun.Request(userId, entry, LogSource.COMMAND,
                Optional.of("retry:" + retry.nonce()), retry.addWorkflow()));
        return LogReplies.to(result, unknown -> StaleButton.reply());
    }
}
