package ailog.slack.views;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import ailog.app.outbox.Message;
import ailog.domain.Enrollment;
import ailog.domain.schedule.Milestone;
import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The first DM of an enrollment: the welcome, or the short note that the member's schedule changed. */
public final class WelcomeViews {
    private WelcomeViews() {}

    public static Reply render(Message.Welcome welcome) {
        return welcome.replaced().isPresent() ? changed(welcome) : welcome(welcome);
    }

    private static Reply welcome(Message.Welcome welcome) {
        Enrollment e = welcome.plan().enrollment();
        String intro = ":wave: *Welcome to ailog.* <@" + e.enrolledBy() + "> enrolled you after your AI training on *"
                + Texts.day(e.trainedOn(), e.trainedOn()) + "* on " + workflows(welcome) + ". Your target: *"
                + e.targetPercent() + "%* of your runs used as-is or with a light edit.";
        String logging = "*How to log:* each time you run one of these workflows on real work, type `/ailog "
                + e.workflows().get(0).value() + " light-edit` (then `as-is`, `light-edit`, `heavy-edit` or"
                + " `not-used`), or press *Log a run* for one-press buttons.";
        List<LayoutBlock> blocks = new ArrayList<>(List.of(
                section(s -> s.blockId("welcome").text(markdownText(intro))),
                section(s -> s.blockId("welcome_schedule").text(markdownText(schedule(welcome))))));
        skipped(welcome).ifPresent(blocks::add);
        blocks.add(section(s -> s.blockId("welcome_logging").text(markdownText(logging))));
        blocks.add(actions(a -> a.blockId("welcome_actions").elements(List.of(
                button(b -> b.actionId(ActionIds.CHECKIN_LOG_RUN).text(plainText("Log a run")).style("primary")
                        .value(e.id() + ":0"))))));
        blocks.add(context(c -> c.blockId("welcome_privacy").elements(List.of(markdownText(privacy(welcome))))));
        blocks.add(context(c -> c.blockId("welcome_pause").elements(List.of(markdownText(
                "Away for a while? `/ailog pause until " + e.enrolledAt().atZone(e.zone()).toLocalDate().plusDays(14)
                        + "` holds your check-ins and nudges until that day; `/ailog pause off` ends it early.")))));
        return new Reply("Welcome to ailog: your target and check-in dates", blocks);
    }

    private static Reply changed(Message.Welcome welcome) {
        Enrollment e = welcome.plan().enrollment();
        Enrollment before = welcome.replaced().orElseThrow();
        String text = ":calendar: *Your ailog schedule changed.* <@" + e.enrolledBy() + "> enrolled you again: trained"
                + " on *" + Texts.day(e.trainedOn(), e.trainedOn()) + "* on " + workflows(welcome)
                + ", target *" + e.targetPercent() + "%*. " + schedule(welcome) + "\nWhat was still planned for your"
                + " training on " + Texts.day(before.trainedOn(), e.trainedOn()) + " is cancelled, and"
                + " nothing you were already sent comes again.";
        List<LayoutBlock> blocks = new ArrayList<>(List.of(
                section(s -> s.blockId("schedule_changed").text(markdownText(text)))));
        skipped(welcome).ifPresent(blocks::add);
        return new Reply("Your ailog schedule changed", blocks);
    }

    private static String schedule(Message.Welcome welcome) {
        Enrollment e = welcome.plan().enrollment();
        List<Milestone> coming = welcome.plan().certainUpcoming();
        if (coming.isEmpty()) {
            return "Your check-ins and six-week review are all past, so none will come.";
        }
        return "*Your check-ins*, each about the week before, at " + ScheduleTexts.hour(coming, e.zone())
                + " your time: " + ScheduleTexts.dates(coming, e.trainedOn()) + ".";
    }

    private static java.util.Optional<LayoutBlock> skipped(Message.Welcome welcome) {
        List<Milestone> skipped = welcome.plan().skipped().stream().filter(Milestone::certain).toList();
        LocalDate reference = welcome.plan().enrollment().trainedOn();
        return skipped.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(context(c -> c
                .blockId("welcome_skipped").elements(List.of(markdownText("Already past when you were enrolled: "
                        + ScheduleTexts.skipped(skipped, reference) + ".")))));
    }

    private static String workflows(Message.Welcome welcome) {
        return ScheduleTexts.joined(welcome.workflowNames().stream().map(n -> "*" + Texts.escape(n) + "*").toList());
    }

    /** SPEC §5: said to every member, naming the owners. */
    private static String privacy(Message.Welcome welcome) {
        String owners = welcome.owners().isEmpty() ? "" : " (" + Mentions.summary(welcome.owners()) + ")";
        return ":lock: Your runs, notes, check-in answers and feedback are seen by you and by the AI system owners"
                + owners + ", and by no one else.";
    }
}
