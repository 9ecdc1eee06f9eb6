package ailog.slack.feedback;

import ailog.app.feedback.FeedbackChoices;
import ailog.slack.commands.Subcommand;
import ailog.slack.views.Reply;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;

/**
 * {@code /ailog feedback}: opens the "not quite right" form for anyone, enrolled or not. The form opens before the
 * acknowledgement, since the command's trigger id expires three seconds after it was typed.
 */
public final class FeedbackCommand implements Subcommand {
    private final FeedbackChoices choices;
    private final MethodsClient slack;

    public FeedbackCommand(FeedbackChoices choices, MethodsClient slack) {
        this.choices = choices;
        this.slack = slack;
    }

    @Override
    public Reply run(Invocation invocation) {
        View form = FeedbackModal.form(choices.forMember(invocation.userId()));
        return FormOpener.open(slack, invocation.triggerId(), form) ? Reply.silent()
                : FeedbackReplies.commandFormDidNotOpen();
    }
}
