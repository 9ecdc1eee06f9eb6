package ailog.testing;

import ailog.slack.feedback.FeedbackModal;

/** Test data for the feedback modal: the {@code view.state.values} Slack sends when it is submitted. */
public final class FeedbackForm {
    private String workflow;
    private String editType;
    private String description;

    private FeedbackForm() {}

    /** Nothing picked, nothing typed. */
    public static FeedbackForm blank() {
        return new FeedbackForm();
    }

    /** A complete, valid form about the {@code proposal} workflow. */
    public static FeedbackForm filled() {
        return blank().workflow("proposal").editType("tone").description("Far too formal for this client");
    }

    public FeedbackForm workflow(String key) {
        workflow = key;
        return this;
    }

    public FeedbackForm editType(String key) {
        editType = key;
        return this;
    }

    public FeedbackForm description(String text) {
        description = text;
        return this;
    }

    public String stateValues() {
        return JsonBuilder.object()
                .with(FeedbackModal.WORKFLOW_BLOCK, JsonBuilder.object().with(FeedbackModal.WORKFLOW_ACTION,
                        select(workflow)))
                .with(FeedbackModal.EDIT_TYPE_BLOCK, JsonBuilder.object().with(FeedbackModal.EDIT_TYPE_ACTION,
                        select(editType)))
                .with(FeedbackModal.DESCRIPTION_BLOCK, JsonBuilder.object().with(FeedbackModal.DESCRIPTION_ACTION,
                        JsonBuilder.object().with("type", "plain_text_input").with("value", description)))
                .toString();
    }

    private static JsonBuilder select(String value) {
        JsonBuilder option = value == null ? null : JsonBuilder.object()
                .with("text", JsonBuilder.object().with("type", "plain_text").with("text", value))
                .with("value", value);
        return JsonBuilder.object().with("type", "static_select").with("selected_option", option);
    }
}
