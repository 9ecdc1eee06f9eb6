package ailog.slack.feedback;

import ailog.app.feedback.GiveFeedback;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The feedback form sent: stored and queued for the owners, or answered with the form's field errors. */
public final class FeedbackSubmission implements ViewSubmissionHandler {
    private final GiveFeedback giveFeedback;
    private final Executor afterAck;
    private final Runnable sendNow;

    public FeedbackSubmission(GiveFeedback giveFeedback, Executor afterAck, Runnable sendNow) {
        this.giveFeedback = giveFeedback;
        this.afterAck = afterAck;
        this.sendNow = sendNow;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        Map<String, Map<String, ViewState.Value>> values = payload.getView() == null
                || payload.getView().getState() == null || payload.getView().getState().getValues() == null
                ? Map.of()
                : payload.getView().getState().getValues();
        String userId = payload.getUser() == null ? "" : payload.getUser().getId();
        GiveFeedback.Result result = giveFeedback.give(new GiveFeedback.Request(userId,
                value(values, FeedbackModal.WORKFLOW_BLOCK, FeedbackModal.WORKFLOW_ACTION),
                value(values, FeedbackModal.EDIT_TYPE_BLOCK, FeedbackModal.EDIT_TYPE_ACTION),
                value(values, FeedbackModal.DESCRIPTION_BLOCK, FeedbackModal.DESCRIPTION_ACTION).orElse("")));
        if (result instanceof GiveFeedback.Invalid invalid) {
            return context.ackWithErrors(FeedbackModal.errors(invalid.problems()));
        }
        afterAck.execute(sendNow);
        return context.ackWithUpdate(FeedbackModal.thanks());
    }

    /** A select's chosen value or a text input's text, as typed: Slack escapes nothing in a modal's state. */
    private static Optional<String> value(Map<String, Map<String, ViewState.Value>> values, String block,
            String action) {
        ViewState.Value value = values.getOrDefault(block, Map.of()).get(action);
        if (value == null) {
            return Optional.empty();
        }
        return value.getSelectedOption() != null
                ? Optional.ofNullable(value.getSelectedOption().getValue())
                : Optional.ofNullable(value.getValue());
    }
}
