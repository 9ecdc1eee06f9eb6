package ailog.slack.views;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import ailog.domain.Workflow;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** The workflow catalog, and replies to adding to it. */
public final class CatalogView {
    private static final int PER_SECTION = 40;
    private static final int MAX_SECTIONS = 45;

    private CatalogView() {}

    public static Reply catalog(List<Workflow> workflows) {
        if (workflows.isEmpty()) {
            return Reply.of("The workflow catalog is empty. An owner adds one with `" + Examples.WORKFLOW_ADD
                    + "`, or log a run of a new workflow and press *Add and log*.");
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int from = 0; from < workflows.size() && blocks.size() < MAX_SECTIONS; from += PER_SECTION) {
            StringBuilder text = new StringBuilder(from == 0 ? "*Workflows* (" + workflows.size() + ")" : "");
            for (Workflow w : workflows.subList(from, Math.min(from + PER_SECTION, workflows.size()))) {
                text.append(text.isEmpty() ? "" : "\n").append("• `").append(w.key()).append("` ")
                        .append(Texts.escape(w.name()));
            }
            blocks.add(section(s -> s.text(markdownText(text.toString()))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText("Log a run: `" + Examples.LOG_SIMPLE + "`")))));
        return new Reply("Workflows (" + workflows.size() + ")", blocks);
    }

    public static Reply added(Workflow workflow) {
        return Reply.of(":white_check_mark: Added " + Texts.workflow(workflow) + " as `" + workflow.key()
                + "`. Log a run: `/ailog " + workflow.key() + " as-is`");
    }

    public static Reply alreadyThere(Workflow workflow) {
        return Reply.of(":information_source: `" + workflow.key() + "` is already in the catalog as "
                + Texts.workflow(workflow) + "; nothing changed.");
    }

    public static Reply invalid(String problem) {
        return Reply.withExample(":warning: " + Texts.sentence(problem + ", so nothing changed"),
                Examples.WORKFLOW_ADD);
    }
}
