package ailog.slack.views;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import ailog.domain.Workflow;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The quick-log card: one row of outcome buttons per workflow, a select of all, then the edit-type step. */
public final class QuickLogCard {
    static final int MAX_OPTIONS = 100;

    private QuickLogCard() {}

    /** The card's blocks, for a slash reply or the Home tab. */
    public static List<LayoutBlock> rows(String nonce, List<Workflow> rows, List<Workflow> all) {
        return rows(nonce, rows, all, "");
    }

    /**
     * One picked workflow's row and the select again. Its block ids differ from the card's, so on the Home tab it
     * can sit on top of the Home's own rows (Slack refuses a view that repeats a block id).
     */
    public static Reply picked(String nonce, Workflow workflow, List<Workflow> all) {
        return new Reply("Log " + workflow.name(), rows(nonce, List.of(workflow), all, "picked_"));
    }

    private static List<LayoutBlock> rows(String nonce, List<Workflow> rows, List<Workflow> all, String idPrefix) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (all.isEmpty()) {
            blocks.add(section(s -> s.blockId(idPrefix + "empty_catalog").text(markdownText(
                    "The workflow catalog is empty. Log your first run by typing it, e.g. `"
                            + Examples.LOG_SIMPLE + "`, and ailog offers to add the workflow."))));
            return blocks;
        }
        for (Workflow workflow : rows) {
            blocks.add(section(s -> s.blockId(idPrefix + "row_" + workflow.key())
                    .text(markdownText(Texts.workflow(workflow)))));
            blocks.add(actions(a -> a.blockId(idPrefix + "outcomes_" + workflow.key())
                    .elements(outcomeButtons(CardChoice.of(nonce, workflow.key().value())))));
        }
        if (all.size() > rows.size()) {
            blocks.add(actions(a -> a.blockId(idPrefix + "pick").elements(List.of(staticSelect(s -> s
                    .actionId(ActionIds.PICK_WORKFLOW)
                    .placeholder(plainText("Another workflow…"))
                    .options(options(nonce, all)))))));
        }
        return blocks;
    }

    public static Reply card(String nonce, List<Workflow> rows, List<Workflow> all) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.blockId("title").text(plainText("Log an AI workflow run"))));
        blocks.addAll(rows(nonce, rows, all));
        blocks.add(context(c -> c.blockId("typing_hint").elements(List.of(markdownText(
                "Or type it: `" + Examples.LOG + "`")))));
        return new Reply("Log an AI workflow run", blocks);
    }

    /**
     * The step after light edit, heavy edit or not used: what needed work, or why the output was not used. The same
     * five reasons either way, stored as the run's edit type; Skip logs without one, Back logs nothing.
     */
    public static List<LayoutBlock> editTypeStep(CardChoice choice, Workflow workflow) {
        Outcome outcome = choice.outcome().orElseThrow();
        List<BlockElement> buttons = new ArrayList<>();
        for (EditType editType : EditType.values()) {
            buttons.add(button(b -> b.actionId(ActionIds.EDIT_TYPE_PREFIX + editType.key())
                    .text(plainText(Texts.capitalised(editType.label())))
                    .value(choice.with(editType).encode())));
        }
        buttons.add(button(b -> b.actionId(ActionIds.EDIT_TYPE_PREFIX + "skip")
                .text(plainText("Skip"))
                .value(choice.encode())));
        buttons.add(button(b -> b.actionId(ActionIds.QUICKLOG_BACK)
                .text(plainText("Back"))
                .value(CardChoice.of(choice.nonce(), choice.workflow()).encode())));
        String text = Texts.workflow(workflow) + " — " + outcome.label() + ". " + question(outcome);
        return List.of(
                section(s -> s.blockId("edit_question").text(markdownText(text))),
                actions(a -> a.blockId("edit_types").elements(buttons)));
    }

    public static Reply editTypeCard(CardChoice choice, Workflow workflow) {
        return new Reply(question(choice.outcome().orElseThrow()), editTypeStep(choice, workflow));
    }

    /** An output that was not used did not "need work": the member is asked why it was not used instead. */
    static String question(Outcome outcome) {
        return outcome == Outcome.NOT_USED ? "Why wasn't it used?" : "What needed work?";
    }

    /** No outcome is styled: a highlighted "As is" would nudge members towards it, and a card has five rows. */
    private static List<BlockElement> outcomeButtons(CardChoice choice) {
        return Arrays.stream(Outcome.values())
                .map(outcome -> (BlockElement) button(b -> b.actionId(ActionIds.OUTCOME_PREFIX + outcome.key())
                        .text(plainText(Texts.capitalised(outcome.label())))
                        .value(choice.with(outcome).encode())))
                .toList();
    }

    private static List<OptionObject> options(String nonce, List<Workflow> all) {
        return all.stream()
                .limit(MAX_OPTIONS)
                .map(w -> option(plainText(clip(w.name(), 75)), CardChoice.of(nonce, w.key().value()).encode()))
                .toList();
    }


    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
