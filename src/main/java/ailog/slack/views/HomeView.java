package ailog.slack.views;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import ailog.app.QuickLogChoices;
import ailog.domain.MemberStats;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.TeamReport;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The App Home tab: the member's week and six-week trend, then quick-log buttons; a notice or edit step sits on
 * top; owners also see the team headline and open feedback.
 */
public final class HomeView {
    private HomeView() {}

    /** The team headline for an owner's Home tab, under the dates it covers. */
    public static List<LayoutBlock> teamHeadline(TeamReport report) {
        return List.of(header(h -> h.blockId("home_team").text(plainText("Your team · " + report.window().label()))),
                com.slack.api.model.block.Blocks.section(s -> s.blockId("home_team_headline")
                        .text(markdownText(Texts.escape(report.headline())))));
    }

    /** The home tab; {@code top} is what the last press showed (a confirmation or the edit step), or empty. */
    public static View home(MemberStats stats, QuickLogChoices.Choices choices, String nonce, List<LayoutBlock> top,
            List<LayoutBlock> forOwner) {
        Function<WorkflowKey, String> names = key -> choices.all().stream()
                .filter(w -> w.key().equals(key))
                .map(Workflow::name)
                .findFirst()
                .orElse(key.value());
        List<LayoutBlock> blocks = new ArrayList<>(top);
        if (!top.isEmpty()) {
            blocks.add(divider());
        }
        blocks.add(header(h -> h.blockId("home_week").text(plainText("Your AI workflow runs"))));
        blocks.addAll(StatsView.blocks(stats, names));
        blocks.add(divider());
        blocks.add(header(h -> h.blockId("home_quick_log").text(plainText("Quick log"))));
        blocks.addAll(QuickLogCard.rows(nonce, choices.rows(), choices.all()));
        blocks.add(context(c -> c.blockId("home_hint").elements(List.of(markdownText(
                "Or type it anywhere: `" + Examples.LOG + "`")))));
        if (!forOwner.isEmpty()) {
            blocks.add(divider());
            blocks.addAll(forOwner);
        }
        return View.builder().type("home").blocks(blocks).build();
    }
}
