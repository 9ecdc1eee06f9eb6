package ailog.slack.feedback;

import ailog.slack.views.Reply;
import com.slack.api.bolt.context.builtin.ActionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts a reply beside the pressed message through its response URL, seen only by the presser. */
final class Beside {
    private static final Logger log = LoggerFactory.getLogger(Beside.class);

    private Beside() {}

    static void post(ActionContext context, Reply reply) {
        try {
            context.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                    .text(reply.text()).blocks(reply.blocks()));
        } catch (Exception e) {
            log.warn("posting beside a message failed: {}", e.toString());
        }
    }
}
