package ailog.slack.views;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import java.util.List;

/** A message for Slack: the notification text and the blocks that show it. */
public record Reply(String text, List<LayoutBlock> blocks) {
    public Reply {
        blocks = List.copyOf(blocks);
    }

    /** No message at all: the command answered some other way, such as by opening a modal. */
    public static Reply silent() {
        return new Reply("", List.of());
    }

    public boolean isSilent() {
        return text.isEmpty() && blocks.isEmpty();
    }

    /** A reply that is one section of mrkdwn. */
    public static Reply of(String mrkdwn) {
        return new Reply(mrkdwn, List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText(mrkdwn)))));
    }

    /** A reply that says what was wrong and shows a correct example. */
    public static Reply withExample(String mrkdwn, String example) {
        return new Reply(mrkdwn, List.of(
                Blocks.section(s -> s.text(BlockCompositions.markdownText(mrkdwn))),
                Blocks.context(c -> c.elements(List.of(BlockCompositions.markdownText(
                        "For example: `" + example + "`"))))));
    }
}
