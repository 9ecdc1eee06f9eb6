package ailog.slack.commands;

import ailog.slack.views.Reply;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the final answer to a command goes when it was not ready in time for the acknowledgement. */
public interface FollowUp {
    void send(Reply reply);

    /** Used where no response URL exists; an answer sent there would be lost, so it is logged. */
    FollowUp NONE = reply -> LoggerFactory.getLogger(FollowUp.class).warn("no response URL for a late reply: {}",
            reply.text());

    /** Replaces the command's ephemeral acknowledgement through its response URL. */
    static FollowUp through(Responder responder) {
        Logger log = LoggerFactory.getLogger(FollowUp.class);
        return reply -> {
            try {
                // ActionResponse, unlike SlashCommandResponse, can say replace_original
                var answer = responder.send(ActionResponse.builder()
                        .responseType("ephemeral")
                        .replaceOriginal(true)
                        .text(reply.text())
                        .blocks(reply.blocks())
                        .build());
                if (!Integer.valueOf(200).equals(answer.getCode())) {
                    log.warn("the response URL refused a late reply: HTTP {} {}", answer.getCode(), answer.getBody());
                }
            } catch (Exception e) {
                log.warn("posting a late reply to the response URL failed: {}", e.toString());
            }
        };
    }
}
