package ailog.slack.feedback;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import ailog.domain.FoundationChange;
import ailog.slack.views.ActionIds;
import ailog.slack.views.Texts;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;
import java.util.Map;

/** After a "Fixed: …" press: what changed in the foundation, so the change's before and after can be told apart. */
public final class DescribeFixModal {
    public static final String BLOCK = "what_changed";
    public static final String ACTION = "fix_what_changed";

    private DescribeFixModal() {}

    public static View form(FoundationChange change, String workflowName) {
        return View.builder()
                .type("modal")
                .callbackId(ActionIds.DESCRIBE_FIX_MODAL)
                .privateMetadata(Long.toString(change.id()))
                .title(ViewTitle.builder().type("plain_text").text("What changed?").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Save").build())
                .close(ViewClose.builder().type("plain_text").text("Later").build())
                .blocks(List.of(
                        section(s -> s.blockId("fix_intro").text(markdownText("Recorded as a change to the *"
                                + change.foundation().label() + "* of *" + Texts.escape(workflowName) + "*."
                                + " Say what changed, so its before and after can be told apart from the next."))),
                        input(i -> i.blockId(BLOCK).label(plainText("What changed?"))
                                .element(plainTextInput(p -> p.actionId(ACTION)
                                        .multiline(true)
                                        .maxLength(FoundationChange.MAX_DESCRIPTION))))))
                .build();
    }

    public static View saved() {
        return View.builder()
                .type("modal")
                .callbackId(ActionIds.DESCRIBE_FIX_MODAL)
                .title(ViewTitle.builder().type("plain_text").text("What changed?").build())
                .close(ViewClose.builder().type("plain_text").text("Done").build())
                .blocks(List.of(section(s -> s.blockId("fix_saved").text(markdownText(
                        ":white_check_mark: Saved. `/ailog fixes` shows it with acceptance before and after.")))))
                .build();
    }

    public static Map<String, String> error(String problem) {
        return Map.of(BLOCK, problem);
    }
}
