package ailog.slack.feedback;

import ailog.app.feedback.FeedbackChoices;
import ailog.slack.commands.Subcommand;
import ailog.slack.views.Reply;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ailog feedback}: opens the "not quite right" form for anyone, enrolled or not. The form opens before the
 * acknowledgement, since the command's trigger id expires three seconds after it was typed.
 */
public final class FeedbackCommand implements Subcommand {
    private static final Logger log = LoggerFactory.getLogger(FeedbackCommand.class);

    private final FeedbackChoices choices;
    private final MethodsClient slack;

    public FeedbackCommand(FeedbackChoices choices, MethodsClient slack) {
        this.choices = choices;
        this.slack = slack;
    }

    @Override
    public Reply run(Invocation invocation) {
        View form = FeedbackModal.form(choices.forMember(invocation.userId()));
        return open(invocation.triggerId(), form) ? Reply.silent() : FeedbackReplies.commandFormDidNotOpen();
    }

    private boolean open(String triggerId, View form) {
        if (triggerId.isBlank()) {
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
