package ailog.slack.views;

import ailog.app.fixes.WorkflowPage;
import ailog.domain.EditType;
import ailog.domain.FoundationChange;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.WeekPoint;
import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code /ailog workflow <key>}: the workflow's page for an owner, its chart following as a file. */
public final class WorkflowPageView {
    public static final String EXAMPLE = "/ailog workflow proposal";
    static final int MAX_CHANGES = 10;
    static final int MAX_FEEDBACK = 15;

    private WorkflowPageView() {}

    public static Reply page(WorkflowPage.Page page) {
        LocalDate today = page.today();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.addAll(Sections.of("workflow_weeks", ":bookmark_tabs: *" + Texts.escape(page.workflow().name())
                + "* (`" + page.workflow().key().value() + "`) · the last " + page.weeks().size() + " weeks, "
                + Texts.day(page.weeks().get(0).start(), today) + " – " + Texts.day(today, today) + "\n*Runs and acceptance by week* (:wrench: a change that week)",
                weeks(page)));
        blocks.addAll(Sections.of("workflow_edit_types", "*Edit types* in these weeks", editTypes(page)));
        blocks.addAll(Sections.of("workflow_changes", "*Changes to its foundations*", changes(page.changes(),
                today)));
        blocks.addAll(Sections.of("workflow_feedback", "*Open feedback*", feedback(page)));
        blocks.add(com.slack.api.model.block.Blocks.context(c -> c.blockId("workflow_footer").elements(List.of(
                com.slack.api.model.block.composition.BlockCompositions.markdownText(ChangeTexts.method()
                        + " The chart follows as a file in your DMs.")))));
        return new Reply(page.workflow().name() + ": the workflow page", blocks);
    }

    private static List<String> weeks(WorkflowPage.Page page) {
        List<String> lines = new ArrayList<>();
        for (WeekPoint week : page.weeks()) {
            List<String> marks = page.changes().stream().map(BeforeAfter::change)
                    .filter(c -> !c.changedOn().isBefore(week.start())
                            && c.changedOn().isBefore(week.start().plusDays(7)))
                    .map(c -> ":wrench: " + c.foundation().label()).toList();
            lines.add("• " + Texts.week(week.start(), page.today()) + ": " + Texts.runs(week.runs()) + " · "
                    + Texts.rateOrDash(week.acceptance()) + (marks.isEmpty() ? "" : " · " + String.join(", ", marks)));
        }
        return lines;
    }

    private static List<String> editTypes(WorkflowPage.Page page) {
        if (page.editTypes().total() == 0) {
            return List.of("None logged.");
        }
        List<String> lines = new ArrayList<>();
        for (EditType type : EditType.values()) {
            if (page.editTypes().count(type) > 0) {
                lines.add("• " + type.label() + ": " + page.editTypes().count(type) + " → " + type.fix().label());
            }
        }
        lines.add("Most common: " + Texts.editTypeWithFix(page.editTypes().top()));
        return lines;
    }

    private static List<String> changes(List<BeforeAfter> changes, LocalDate today) {
        if (changes.isEmpty()) {
            return List.of("None recorded yet: `" + FixViews.EXAMPLE + "` records one.");
        }
        List<BeforeAfter> newestFirst = new ArrayList<>(changes);
        java.util.Collections.reverse(newestFirst);
        List<String> lines = new ArrayList<>(newestFirst.stream().limit(MAX_CHANGES)
                .map(e -> "• " + ChangeTexts.title(e.change(), today) + "\n   " + ChangeTexts.beforeAfter(e))
                .toList());
        if (changes.size() > MAX_CHANGES) {
            lines.add("…and " + (changes.size() - MAX_CHANGES) + " earlier ones.");
        }
        return lines;
    }

    private static List<String> feedback(WorkflowPage.Page page) {
        if (page.openFeedback().isEmpty()) {
            return List.of("None open.");
        }
        List<String> lines = new ArrayList<>(page.openFeedback().stream().limit(MAX_FEEDBACK)
                .map(f -> "• <@" + f.userId() + ">, " + f.editType().label() + ": “" + Texts.echo(f.description(),
                        200) + "”")
                .toList());
        if (page.openFeedback().size() > MAX_FEEDBACK) {
            lines.add("…and " + (page.openFeedback().size() - MAX_FEEDBACK) + " more.");
        }
        return lines;
    }

    /** The chart's markers are the changes made in the weeks shown. */
    public static List<FoundationChange> marked(WorkflowPage.Page page) {
        return page.changes().stream().map(BeforeAfter::change).toList();
    }

    public static Reply unknownWorkflow(String typed, List<String> catalog) {
        return Reply.withExample(":warning: There is no workflow `" + Texts.echo(typed, 40) + "` in the catalog. "
                + (catalog.isEmpty() ? "Add one first with `/ailog workflow add`." : "The catalog has "
                        + String.join(", ", catalog.stream().limit(10).map(k -> "`" + k + "`").toList()) + "."),
                "/ailog workflow " + catalog.stream().findFirst().orElse("proposal"));
    }
}
