package ailog.slack.feedback;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a modal with a trigger id, which expires three seconds after the press or command that brought it. */
final class FormOpener {
    private static final Logger log = LoggerFactory.getLogger(FormOpener.class);

    private FormOpener() {}

    /** True when Slack opened the form; false (and logged) when there was no trigger or Slack said no. */
    static boolean open(MethodsClient slack, String triggerId, View form) {
        if (triggerId == null || triggerId.isBlank()) {
            return false;
        }
        try {
            ViewsOpenResponse response = slack.viewsOpen(r -> r.triggerId(triggerId).view(form));
            if (!response.isOk()) {
                log.warn("views.open failed: {} {}", response.getError(), response.getResponseMetadata());
            }
            return response.isOk();
        } catch (IOException | SlackApiException e) {
            log.warn("views.open failed: {}", e.toString());
            return false;
        }
    }
}
