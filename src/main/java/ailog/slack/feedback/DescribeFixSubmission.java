package ailog.slack.feedback;

import ailog.app.fixes.DescribeFix;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.util.Map;
import java.util.Optional;

/** The "what changed?" modal sent: the change keeps the owner's words, or the field shows what was wrong. */
public final class DescribeFixSubmission implements ViewSubmissionHandler {
    private final DescribeFix describeFix;

    public DescribeFixSubmission(DescribeFix describeFix) {
        this.describeFix = describeFix;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        String metadata = payload.getView() == null ? null : payload.getView().getPrivateMetadata();
        if (metadata == null || !metadata.matches("\\d{1,18}")) {
            return context.ackWithErrors(DescribeFixModal.error("This form has expired; press the Fixed button again."));
        }
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState() == null
                || payload.getView().getState().getValues() == null ? Map.of()
                : payload.getView().getState().getValues();
        ViewState.Value value = values.getOrDefault(DescribeFixModal.BLOCK, Map.of()).get(DescribeFixModal.ACTION);
        String text = value == null || value.getValue() == null ? "" : value.getValue();
        String userId = payload.getUser() == null ? "" : payload.getUser().getId();
        Optional<String> problem = describeFix.describe(Long.parseLong(metadata), userId, text);
        return problem.isPresent() ? context.ackWithErrors(DescribeFixModal.error(problem.get()))
                : context.ackWithUpdate(DescribeFixModal.saved());
    }
}
