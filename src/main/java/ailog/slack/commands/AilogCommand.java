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
        FollowUp followUp = context.getResponseUrl() == null
                ? FollowUp.NONE
                : FollowUp.through(new Responder(context.getSlack(), context.getResponseUrl()));
        Reply reply = route(userId, text, followUp);
        return Response.json(200, SlackJson.write(SlashCommandResponse.builder()
                .responseType("ephemeral")
                .text(reply.text())
                .blocks(reply.blocks())
                .build()));
    }

    Reply route(String userId, String text, FollowUp followUp) {
        Words words = new Words(text);
        String first = words.next().orElse("").toLowerCase(Locale.ROOT);
        String rest = words.rest();
        if (first.isEmpty() || first.equals("log") && rest.isEmpty()) {
            return quickLog.run(new Subcommand.Invocation(userId, ""));
        }
        if (first.equals("log")) {
            return logRun.run(new Subcommand.Invocation(userId, rest));
        }
        Subcommand subcommand = byWord.get(first);
        return subcommand != null
                ? subcommand.run(new Subcommand.Invocation(userId, rest, followUp))
                : logRun.run(new Subcommand.Invocation(userId, text));
    }
}
