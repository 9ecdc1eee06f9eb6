package ailog.slack.views;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import ailog.app.LogRun;
import ailog.domain.Run;
import ailog.domain.WeekProgress;
import ailog.domain.Workflow;
import ailog.domain.metrics.ReportWindow;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Replies to logging: what was stored, what was wrong, what was undone. */
public final class LogReplies {
    private static final int ECHO = 60;
    /** Slack's limit on a button's value. */
    private static final int MAX_BUTTON_VALUE = 2_000;
    private static final int NOTES_SHOWN = 2900;

    private LogReplies() {}

    /** The reply to any logging result; an unknown workflow is answered by {@code unknownWorkflow}. */
    public static Reply to(LogRun.Result result, Function<LogRun.UnknownWorkflow, Reply> unknownWorkflow) {
        if (result instanceof LogRun.Logged logged) {
            return logged(logged);
        }
        if (result instanceof LogRun.Rejected rejected) {
            return rejected(rejected.problems());
        }
        if (result instanceof LogRun.UnknownWorkflow unknown) {
            return unknownWorkflow.apply(unknown);
        }
        return alreadyLogged();
    }

    public static Reply logged(LogRun.Logged logged) {
        Run run = logged.run();
        String stored = ":white_check_mark: Logged " + Texts.workflow(logged.workflow()) + " — "
                + Texts.outcome(run) + " on " + Texts.day(run.runDate(), logged.today()) + ".";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("logged").text(markdownText(stored))));
        if (!run.notes().isBlank()) {
            blocks.add(context(c -> c.blockId("notes").elements(List.of(markdownText("Notes: "
                    + Texts.echo(run.notes(), NOTES_SHOWN))))));
        }
        blocks.add(context(c -> c.blockId("week").elements(List.of(markdownText(weekLine(logged.week(), logged.today()))))));
        blocks.add(actions(a -> a.blockId("undo").elements(List.of(button(b -> b.actionId(ActionIds.UNDO_RUN)
                .text(plainText("Undo"))
                .value(Long.toString(run.id())))))));
        return new Reply("Logged " + Texts.escape(logged.workflow().name()) + " — " + Texts.outcome(run), blocks);
    }

    /**
     * "This week (Mon 23 Nov – Sun 29 Nov): 4 runs · acceptance 75% (3 of 4) · target 70% ✓", or "Week Mon 16 Nov –
     * Sun 22 Nov: …" for the earlier week a back-dated run counted in.
     */
    public static String weekLine(WeekProgress week, LocalDate today) {
        String days = new ReportWindow(week.week().monday(), week.week().sunday()).label();
        return (week.week().contains(today) ? "This week (" + days + ")" : "Week " + days) + ": "
                + Texts.runs(week.acceptance().runs()) + " · "
                + Texts.rateAgainstTarget(week.acceptance(), week.targetPercent());
    }

    /** The answer in Slack's time to a log whose commit the database has not confirmed yet. */
    public static Reply stillSaving() {
        return Reply.of(":hourglass_flowing_sand: Still saving your run: the database is slow right now. I will confirm"
                + " here in a moment (or tell you if it failed); no need to log it again.");
    }

    public static Reply rejected(List<String> problems) {
        return rejected(problems, Examples.LOG);
    }

    /** What was wrong, each problem a sentence of its own, and {@code example}, a line that would log. */
    public static Reply rejected(List<String> problems, String example) {
        StringBuilder text = new StringBuilder(":warning: I couldn't log that, and nothing was stored:");
        problems.forEach(p -> text.append("\n• ").append(Texts.sentence(p)));
        return Reply.withExample(text.toString(), example);
    }

    public static Reply unknownWorkflow(LogRun.UnknownWorkflow unknown, String nonce, String commandText) {
        String typed = Texts.echo(unknown.typed(), ECHO);
        StringBuilder text = new StringBuilder(":mag: There is no workflow `" + typed + "` in the catalog,"
                + " so nothing was stored.");
        if (!unknown.closeMatches().isEmpty()) {
            text.append(" Did you mean ")
                    .append(String.join(" or ", unknown.closeMatches().stream().map(k -> "`" + k + "`").toList()))
                    .append("?");
        }
        List<BlockElement> buttons = new ArrayList<>();
        for (String match : unknown.closeMatches()) {
            buttons.add(retryButton("Log as " + match, new RetryLog(nonce, match, false, commandText)));
        }
        if (unknown.canBeAdded()) {
            String key = unknown.typed().toLowerCase(java.util.Locale.ROOT);
            buttons.add(retryButton("Add " + key + " and log", new RetryLog(nonce, key, true, commandText)));
        }
        if (buttons.stream().anyMatch(b -> ((ButtonElement) b).getValue().length() > MAX_BUTTON_VALUE)) {
            // Slack refuses a button value over 2,000 characters: long notes cannot ride on one
            buttons.clear();
            text.append(" Your notes are too long to carry on a button: type the command again with the workflow's"
                    + " key from `/ailog workflows`.");
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("unknown_workflow").text(markdownText(text.toString()))));
        if (!buttons.isEmpty()) {
            blocks.add(actions(a -> a.blockId("retry").elements(buttons)));
        }
        blocks.add(context(c -> c.blockId("catalog_hint").elements(List.of(markdownText(
                "`/ailog workflows` lists the catalog.")))));
        return new Reply(text.toString(), blocks);
    }

    private static BlockElement retryButton(String label, RetryLog retry) {
        String shown = label.length() > 75 ? label.substring(0, 74) + "…" : label;
        return button(b -> b.actionId(ActionIds.RETRY_LOG_PREFIX + retry.workflow() + (retry.addWorkflow() ? "_add" : ""))
                .text(plainText(shown))
                .value(retry.encode()));
    }

    public static Reply alreadyLogged() {
        return Reply.of(":information_source: That card already logged its run, so nothing more was stored."
                + " Type `/ailog` for a fresh card.");
    }

    public static Reply undone(Run run, Workflow workflow, LocalDate today) {
        return Reply.of(":leftwards_arrow_with_hook: Removed " + Texts.workflow(workflow) + " — "
                + Texts.outcome(run) + " on " + Texts.day(run.runDate(), today) + ".");
    }

    public static Reply nothingToUndo() {
        return Reply.of(":information_source: You have no entry from the last 24 hours to undo.");
    }

    public static Reply cannotUndo() {
        return Reply.of(":information_source: That entry is already gone, or it isn't yours, so nothing changed.");
    }
}
