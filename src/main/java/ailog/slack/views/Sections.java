package ailog.slack.views;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** Lines of mrkdwn packed into as few sections as fit Slack's 3,000 characters each, under a title. */
final class Sections {
    private static final int SECTION_CHARS = 3000;
    private static final int LINE_CHARS = SECTION_CHARS / 2;

    private Sections() {}

    static List<LayoutBlock> of(String blockId, String title, List<String> lines) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder(title);
        for (String line : lines) {
            String clipped = line.length() > LINE_CHARS ? line.substring(0, LINE_CHARS) + "…" : line;
            if (current.length() + 1 + clipped.length() > SECTION_CHARS) {
                texts.add(current.toString());
                current = new StringBuilder();
            }
            current.append(current.length() == 0 ? "" : "\n").append(clipped);
        }
        texts.add(current.toString());
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = blockId + "_" + i;
            String text = texts.get(i);
            blocks.add(section(s -> s.blockId(id).text(markdownText(text))));
        }
        return blocks;
    }

    /** A whole reply: the title and lines, then a footer in small print. */
    static Reply reply(String title, String blockId, List<String> lines, String footer) {
        List<LayoutBlock> blocks = new ArrayList<>(of(blockId, title, lines));
        blocks.add(context(c -> c.blockId(blockId + "_footer").elements(List.of(markdownText(footer)))));
        return new Reply(title.replace("*", ""), blocks);
    }
}
