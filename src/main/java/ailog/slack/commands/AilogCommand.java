package ailog.slack.commands;

import ailog.slack.SlackJson;
import ailog.slack.SlackText;
import ailog.slack.views.Reply;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Routes {@code /ailog <word> …} to its subcommand; anything that is not a command word is a run to log. The one
 * door for Slack's escaped text: every subcommand reads what the person meant.
 */
public final class AilogCommand implements SlashCommandHandler {
    private final Map<String, Subcommand> byWord;
    private final Subcommand quickLog;
    private final Subcommand logRun;

    public AilogCommand(Map<String, Subcommand> byWord, Subcommand quickLog, Subcommand logRun) {
        this.byWord = Map.copyOf(byWord);
        this.quickLog = quickLog;
        this.logRun = logRun;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        String userId = request.getPayload().getUserId();
        String text = SlackText.fromSlack(Optional.ofNullable(request.getPayload().getText()).orElse("")).strip();
        String triggerId = Optional.ofNullable(request.getPayload().getTriggerId()).orElse("");
        FollowUp followUp = context.getResponseUrl() == null
                ? FollowUp.NONE
                : FollowUp.through(new Responder(context.getSlack(), context.getResponseUrl()));
        Reply reply = route(new Subcommand.Invocation(userId, text, triggerId, followUp));
        if (reply.isSilent()) {
            return context.ack(); // a modal opened: nothing to post in the channel
        }
        return Response.json(200, SlackJson.write(SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(reply.text())
                .blocks(reply.blocks())
                .build()));
    }

    Reply route(Subcommand.Invocation typed) {
        Words words = new Words(typed.arguments());
        String first = words.next().orElse("").toLowerCase(Locale.ROOT);
        Subcommand.Invocation rest = new Subcommand.Invocation(typed.userId(), words.rest(), typed.triggerId(),
                typed.followUp());
        if (first.isEmpty() || first.equals("log") && rest.arguments().isEmpty()) {
            return quickLog.run(rest);
        }
        if (first.equals("log")) {
            return logRun.run(rest);
        }
        Subcommand subcommand = byWord.get(first);
        return subcommand != null ? subcommand.run(rest) : logRun.run(typed);
    }
}
