package ailog.slack.views;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import ailog.app.outbox.Message;
import ailog.domain.Foundation;
import ailog.domain.Obstacle;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.LateRuns;
import ailog.domain.metrics.ReportWindow;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The direct messages ailog sends on its own: check-ins, nudges, feedback and obstacle notices. */
public final class MessageViews {
    private MessageViews() {}

    public static Reply render(Message message) {
        if (message instanceof Message.CheckIn checkIn) {
            return checkIn(checkIn);
        }
        if (message instanceof Message.CheckInWithoutRuns empty) {
            return checkInWithoutRuns(empty);
        }
        if (message instanceof Message.Nudge nudge) {
            return nudge(nudge);
        }
        if (message instanceof Message.WorkflowAdded added) {
            return workflowAdded(added);
        }
        if (message instanceof Message.Welcome welcome) {
            return WelcomeViews.render(welcome);
        }
        if (message instanceof Message.FeedbackForOwner feedback) {
            return feedbackForOwner(feedback);
        }
        if (message instanceof Message.FeedbackFixed fixed) {
            return Reply.of(":wrench: Your feedback on " + Texts.escape(fixed.workflowName()) + " ("
                    + fixed.feedback().editType().label() + ") was fixed: the owner updated the "
                    + fixed.feedback().fixedIn().map(Foundation::label).orElse("foundations")
                    + ". Try it on your next run.");
        }
        if (message instanceof Message.FixRecorded recorded) {
            return FixMessageViews.recorded(recorded);
        }
        if (message instanceof Message.FixResult result) {
            return FixMessageViews.result(result);
        }
        if (message instanceof Message.ObstacleForOwner obstacle) {
            return Reply.of(":construction: <@" + obstacle.member() + "> logged no runs in week " + obstacle.week()
                    + " and says what is in the way: *" + obstacle.obstacle().label() + "*.");
        }
        return AssessmentViews.render(message);
    }

    /** "Week 2 · Tue 27 Oct – Mon 2 Nov": every check-in names the days it counts. */
    private static String weekTitle(int week, ReportWindow days) {
        return "Week " + week + " check-in* · " + days.label();
    }

    private static Optional<LayoutBlock> lateLine(LateRuns late) {
        return late.any() ? Optional.of(context(c -> c.blockId("checkin_late").elements(List.of(markdownText(
                ":hourglass: " + Texts.late(late, "the check-in of those days")))))) : Optional.empty();
    }

    private static Reply checkIn(Message.CheckIn checkIn) {
        String head = ":wave: *" + weekTitle(checkIn.week(), checkIn.days()) + " — "
                + Texts.runs(checkIn.tally().runs()) + " · "
                + Texts.rateAgainstTarget(checkIn.tally().acceptance(), checkIn.enrollment().targetPercent());
        StringBuilder perWorkflow = new StringBuilder("*Runs per workflow*");
        for (Map.Entry<WorkflowKey, Integer> entry : checkIn.tally().workflowsByRuns()) {
            perWorkflow.append("\n• ").append(Texts.escape(checkIn.names().getOrDefault(entry.getKey(),
                    entry.getKey().value()))).append(": ").append(entry.getValue());
        }
        String value = checkIn.enrollment().id() + ":" + checkIn.week();
        List<LayoutBlock> blocks = new ArrayList<>(List.of(
                section(s -> s.blockId("checkin_head").text(markdownText(head))),
                section(s -> s.blockId("checkin_workflows").text(markdownText(perWorkflow.toString()))),
                context(c -> c.blockId("checkin_edit").elements(List.of(markdownText("Most common edit: "
                        + Texts.editTypeWithFix(checkIn.tally().topEditType())))))));
        lateLine(checkIn.late()).ifPresent(blocks::add);
        blocks.add(actions(a -> a.blockId("checkin_actions").elements(List.of(
                        button(b -> b.actionId(ActionIds.CHECKIN_ON_TRACK).text(plainText("On track"))
                                .style("primary").value(value)),
                        button(b -> b.actionId(ActionIds.CHECKIN_NOT_QUITE_RIGHT).text(plainText("Not quite right"))
                                .value(value)),
                        button(b -> b.actionId(ActionIds.CHECKIN_LOG_RUN).text(plainText("Log a run"))
                                .value(value))))));
        return new Reply("Week " + checkIn.week() + " check-in (" + checkIn.days().label() + "): "
                + Texts.runs(checkIn.tally().runs()), blocks);
    }

    private static Reply checkInWithoutRuns(Message.CheckInWithoutRuns empty) {
        String value = empty.enrollment().id() + ":" + empty.week();
        List<BlockElement> reasons = new ArrayList<>();
        for (Obstacle obstacle : Obstacle.values()) {
            reasons.add(button(b -> b.actionId(ActionIds.OBSTACLE_PREFIX + obstacle.key())
                    .text(plainText(Texts.capitalised(obstacle.label())))
                    .value(value + ":" + obstacle.key())));
        }
        String question = ":wave: *" + weekTitle(empty.week(), empty.days()) + " — no AI workflow runs logged"
                + " for these days. What is in the way? Your answer goes to the AI system owner, who can help.";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("checkin_head").text(markdownText(question))));
        lateLine(empty.late()).ifPresent(blocks::add);
        blocks.add(actions(a -> a.blockId("obstacles").elements(reasons)));
        blocks.add(actions(a -> a.blockId("checkin_actions").elements(List.of(
                button(b -> b.actionId(ActionIds.CHECKIN_LOG_RUN).text(plainText("Log a run")).value(value))))));
        return new Reply("Week " + empty.week() + " check-in (" + empty.days().label() + "): what is in the way?",
                blocks);
    }

    private static Reply nudge(Message.Nudge nudge) {
        String text = ":seedling: A quick nudge: no AI workflow run logged yet in week " + nudge.week() + " ("
                + nudge.days().label() + "). " + others(nudge)
                + "Try one of your workflows on real work today, then `/ailog` it.";
        return new Reply(text, List.of(
                section(s -> s.blockId("nudge").text(markdownText(text))),
                actions(a -> a.blockId("nudge_actions").elements(List.of(
                        button(b -> b.actionId(ActionIds.CHECKIN_LOG_RUN).text(plainText("Log a run"))
                                .value(nudge.enrollment().id() + ":" + nudge.week())))))));
    }

    private static Reply workflowAdded(Message.WorkflowAdded added) {
        String key = added.workflow().key().value();
        return Reply.of(":new: <@" + added.workflow().addedBy() + "> added the workflow `" + key + "` to the catalog"
                + " while logging a run (the \"Add " + key + " and log\" button, which any member may press)."
                + " `/ailog workflows` shows the catalog.");
    }

    /** How the others trained the same day are doing: the member is not one of them; alone, nothing to compare. */
    private static String others(Message.Nudge nudge) {
        if (nudge.others() == 0) {
            return "";
        }
        if (nudge.others() == 1) {
            return nudge.othersLogged() == 1 ? "The one other person trained with you has logged one in these days. "
                    : "The one other person trained with you has not logged one yet either. ";
        }
        return nudge.othersLogged() + " of the " + nudge.others() + " others trained with you "
                + (nudge.othersLogged() == 1 ? "has" : "have") + " logged a run in these days. ";
    }

    private static Reply feedbackForOwner(Message.FeedbackForOwner message) {
        var feedback = message.feedback();
        String text = ":speech_balloon: <@" + feedback.userId() + "> says an output of *"
                + Texts.escape(message.workflowName()) + "* was not quite right (" + feedback.editType().label()
                + ", which points at the " + feedback.editType().fix().label() + "):\n> "
                + Texts.echo(feedback.description(), 2500).replace("\n", "\n> ");
        List<BlockElement> buttons = Arrays.stream(Foundation.values())
                .map(f -> (BlockElement) button(b -> b.actionId(ActionIds.MARK_FIXED_PREFIX + f.label().replace(' ', '-'))
                        .text(plainText("Fixed: " + f.label()))
                        .value(Long.toString(feedback.id()))))
                .toList();
        return new Reply("Feedback from a member: not quite right", List.of(
                section(s -> s.blockId("feedback").text(markdownText(text))),
                actions(a -> a.blockId("mark_fixed").elements(buttons))));
    }

}
