package ailog.slack.views;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import ailog.app.QuickLogChoices;
import ailog.domain.MemberStats;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.TeamReport;
import ailog.domain.schedule.ProgrammePosition;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The App Home tab: an owner's team headline and open feedback, the member's programme, week and six-week trend,
 * quick-log buttons and "not quite right"; a notice or edit step sits on top.
 */
public final class HomeView {
    private HomeView() {}

    /** The team headline for an owner's Home tab, under the dates it covers. */
    public static List<LayoutBlock> teamHeadline(TeamReport report) {
        return List.of(header(h -> h.blockId("home_team").text(plainText("Your team · " + report.window().label()))),
                section(s -> s.blockId("home_team_headline")
                        .text(markdownText(Texts.escape(report.headline())))));
    }

    /**
     * The home tab; {@code top} is what the last press showed (a confirmation or the edit step), or empty. An owner's
     * team section comes before their own numbers, as the team is what they open the tab for.
     */
    public static View home(MemberStats stats, Optional<ProgrammePosition> programme,
            QuickLogChoices.Choices choices, String nonce, List<LayoutBlock> top, List<LayoutBlock> forOwner) {
        List<LayoutBlock> blocks = new ArrayList<>(top);
        if (!top.isEmpty()) {
            blocks.add(divider());
        }
        if (!forOwner.isEmpty()) {
            blocks.addAll(forOwner);
            blocks.add(divider());
        }
        programme.ifPresent(position -> blocks.addAll(ProgrammeView.blocks(position)));
        blocks.add(header(h -> h.blockId("home_week").text(plainText("Your AI workflow runs"))));
        blocks.addAll(StatsView.blocks(stats, names(choices.all())));
        blocks.add(divider());
        blocks.add(header(h -> h.blockId("home_quick_log").text(plainText("Quick log"))));
        blocks.addAll(QuickLogCard.rows(nonce, choices.rows(), choices.all()));
        blocks.add(context(c -> c.blockId("home_hint").elements(List.of(markdownText(
                "Or type it anywhere: `" + Examples.LOG + "`")))));
        blocks.add(notQuiteRight());
        return View.builder().type("home").blocks(blocks).build();
    }

    /** Feedback at any time, not only from a check-in: the form asks which workflow. */
    private static LayoutBlock notQuiteRight() {
        return section(s -> s.blockId("home_feedback")
                .text(markdownText("Was an AI output *not quite right*? Tell the AI system owners what needed work."))
                .accessory(button(b -> b.actionId(ActionIds.HOME_NOT_QUITE_RIGHT)
                        .text(plainText("Not quite right"))
                        .value("home"))));
    }

    private static Function<WorkflowKey, String> names(List<Workflow> catalog) {
        return key -> catalog.stream()
                .filter(w -> w.key().equals(key))
                .map(Workflow::name)
                .findFirst()
                .orElse(key.value());
    }
}
