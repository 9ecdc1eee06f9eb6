package ailog.slack.feedback;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import ailog.app.feedback.FoundationKeys;
import ailog.app.feedback.OpenFeedback;
import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.slack.views.ActionIds;
import ailog.slack.views.Texts;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The owner's Home tab section of open feedback: at most 20 items (42 blocks), each with its mark-fixed buttons. */
public final class OpenFeedbackSection {
    static final int MAX_ITEMS = 20;
    private static final int DESCRIPTION_SHOWN = 280;

    private OpenFeedbackSection() {}

    public static List<LayoutBlock> blocks(List<OpenFeedback.Item> items) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.blockId("open_feedback").text(plainText("Open feedback (" + items.size() + ")"))));
        if (items.isEmpty()) {
            blocks.add(section(s -> s.blockId("open_feedback_none").text(markdownText(
                    "Nothing open: every \"not quite right\" has been fixed."))));
            return blocks;
        }
        items.stream().limit(MAX_ITEMS).forEach(item -> {
            Feedback feedback = item.feedback();
            String text = "<@" + feedback.userId() + "> · *" + Texts.escape(item.workflowName()) + "* · "
                    + Texts.editTypeWithFix(Optional.of(feedback.editType())) + "\n> "
                    + Texts.echo(feedback.description().replace('\n', ' '), DESCRIPTION_SHOWN);
            blocks.add(section(s -> s.blockId("open_feedback_" + feedback.id()).text(markdownText(text))));
            blocks.add(actions(a -> a.blockId("open_feedback_fix_" + feedback.id()).elements(buttons(feedback))));
        });
        if (items.size() > MAX_ITEMS) {
            blocks.add(context(c -> c.blockId("open_feedback_more").elements(List.of(markdownText(
                    "…and " + (items.size() - MAX_ITEMS) + " more; the oldest are shown first.")))));
        }
        return blocks;
    }

    /**
     * Unstyled: Slack asks for at most one primary button in a view, and twenty items would bring twenty; the line
     * above already names the fix the edit type points at.
     */
    private static List<BlockElement> buttons(Feedback feedback) {
        return Arrays.stream(Foundation.values())
                .map(f -> (BlockElement) button(b -> b.actionId(ActionIds.MARK_FIXED_PREFIX + FoundationKeys.key(f))
                        .text(plainText("Fixed: " + f.label()))
                        .value(Long.toString(feedback.id()))))
                .toList();
    }
}
