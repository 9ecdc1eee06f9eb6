package ailog.slack.feedback;

import ailog.slack.views.Texts;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import ailog.app.feedback.FeedbackField;
import ailog.domain.EditType;
import ailog.domain.Feedback;
import ailog.domain.Workflow;
import ailog.slack.views.ActionIds;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The "not quite right" modal: which workflow, what needed work, and what happened; then its thank-you. */
public final class FeedbackModal {
    public static final String WORKFLOW_BLOCK = "workflow";
    public static final String EDIT_TYPE_BLOCK = "edit_type";
    public static final String DESCRIPTION_BLOCK = "description";
    public static final String WORKFLOW_ACTION = "feedback_workflow";
    public static final String EDIT_TYPE_ACTION = "feedback_edit_type";
    public static final String DESCRIPTION_ACTION = "feedback_description";
    static final int MAX_OPTIONS = 100;

    private FeedbackModal() {}

    /** The form, offering {@code workflows} in that order (at most 100). */
    public static View form(List<Workflow> workflows) {
        if (workflows.isEmpty()) {
            return modal("The workflow catalog is empty, so there is nothing to give feedback on yet.", "OK");
        }
        List<LayoutBlock> blocks = List.of(
                input(i -> i.blockId(WORKFLOW_BLOCK).label(plainText("Workflow")).element(staticSelect(s -> s
                        .actionId(WORKFLOW_ACTION)
                        .placeholder(plainText("Which workflow?"))
                        .options(workflowOptions(workflows))))),
                input(i -> i.blockId(EDIT_TYPE_BLOCK).label(plainText("What needed work?")).element(staticSelect(s -> s
                        .actionId(EDIT_TYPE_ACTION)
                        .placeholder(plainText("Pick one"))
                        .options(editTypeOptions())))),
                input(i -> i.blockId(DESCRIPTION_BLOCK).label(plainText("What was not quite right?"))
                        .hint(plainText("The AI system owners read this and fix its cause."))
                        .element(plainTextInput(p -> p.actionId(DESCRIPTION_ACTION)
                                .multiline(true)
                                .maxLength(Feedback.MAX_DESCRIPTION)))));
        return View.builder()
                .type("modal")
                .callbackId(ActionIds.FEEDBACK_MODAL)
                .title(ViewTitle.builder().type("plain_text").text("Not quite right").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Send").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(blocks)
                .build();
    }

    /** What the modal shows once the feedback is stored. */
    public static View thanks() {
        return modal(":white_check_mark: Thanks — your feedback went to the AI system owners."
                + " You will hear from ailog when they have fixed its cause.", "Done");
    }

    /** The problems, keyed by the block each belongs to, as a modal's {@code errors}. */
    public static Map<String, String> errors(Map<FeedbackField, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, problem) -> errors.put(blockOf(field), problem));
        return errors;
    }

    private static String blockOf(FeedbackField field) {
        return switch (field) {
            case WORKFLOW -> WORKFLOW_BLOCK;
            case EDIT_TYPE -> EDIT_TYPE_BLOCK;
            case DESCRIPTION -> DESCRIPTION_BLOCK;
        };
    }

    private static View modal(String mrkdwn, String close) {
        return View.builder()
                .type("modal")
                .callbackId(ActionIds.FEEDBACK_MODAL)
                .title(ViewTitle.builder().type("plain_text").text("Not quite right").build())
                .close(ViewClose.builder().type("plain_text").text(close).build())
                .blocks(List.of(section(s -> s.blockId("message").text(markdownText(mrkdwn)))))
                .build();
    }

    private static List<OptionObject> workflowOptions(List<Workflow> workflows) {
        return workflows.stream()
                .limit(MAX_OPTIONS)
                .map(w -> option(plainText(clip(w.name(), 75)), w.key().value()))
                .toList();
    }

    private static List<OptionObject> editTypeOptions() {
        return Arrays.stream(EditType.values())
                .map(e -> option(plainText(Texts.capitalised(e.label())), e.key()))
                .toList();
    }


    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
