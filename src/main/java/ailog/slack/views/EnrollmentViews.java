package ailog.slack.views;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import ailog.app.EnrollMembers;
import ailog.domain.Enrollment;
import ailog.domain.schedule.EnrollmentPlan;
import ailog.domain.schedule.Milestone;
import ailog.domain.WorkflowKey;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Replies about enrollments: enrolled, unenrolled, refused, the list. */
public final class EnrollmentViews {
    private static final String EXAMPLE = "/ailog enroll @dana @lee workflows=proposal,status-update target=70"
            + " trained=2026-11-20";
    private static final int PER_SECTION = 25;
    private static final int MAX_BLOCKS = 45;
    private static final int SHOWN_PROBLEMS = 20;

    private EnrollmentViews() {}

    /**
     * The reply to an enrollment: who, trained when on what; per group of members with the same days, the check-ins
     * and review to come and what was skipped as already past; what each replaced enrollment had left and is now
     * cancelled.
     */
    public static Reply enrolled(List<EnrollMembers.Member> members) {
        Enrollment first = members.get(0).plan().enrollment();
        List<String> users = members.stream().map(m -> m.plan().enrollment().userId()).toList();
        String head = ":mortar_board: Enrolled " + Mentions.summary(users) + ": trained "
                + Texts.day(first.trainedOn(), first.trainedOn()) + " on " + workflows(first) + ", target "
                + first.targetPercent() + "%. Each gets a welcome DM with their dates now (or a note that their"
                + " schedule changed), and you get each six-week assessment.";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("enrolled").text(markdownText(head))));
        Map<String, List<String>> byPlan = new LinkedHashMap<>();
        for (EnrollMembers.Member member : members) {
            byPlan.computeIfAbsent(plan(member.plan()), k -> new ArrayList<>()).add(member.plan().enrollment()
                    .userId());
        }
        byPlan.forEach((plan, who) -> {
            if (blocks.size() < MAX_BLOCKS) {
                blocks.add(section(s -> s.text(markdownText(Mentions.summary(who) + ": " + plan))));
            }
        });
        List<String> replaced = members.stream().filter(m -> m.replaced().isPresent()).map(EnrollmentViews::replaced)
                .toList();
        if (!replaced.isEmpty()) {
            blocks.add(section(s -> s.blockId("replaced").text(markdownText(ListSection.text(
                    "*Enrolled again* — nothing already sent is sent again:", replaced, PER_SECTION)))));
        }
        return new Reply("Enrolled " + users.size() + (users.size() == 1 ? " person" : " people"), blocks);
    }

    /** "check-ins Sat 5 Dec (week 1 check-in), … at 10:00 in their own zone. … was due on Sat 21 Nov: skipped." */
    private static String plan(EnrollmentPlan plan) {
        Enrollment e = plan.enrollment();
        List<Milestone> coming = plan.certainUpcoming();
        String text = coming.isEmpty() ? "no check-ins or review left: their days have passed."
                : "check-ins " + ScheduleTexts.dates(coming, e.trainedOn()) + ", at " + ScheduleTexts.hour(coming,
                        e.zone()) + " in their own zone.";
        // the owner hears of every message skipped, the nudges too
        return plan.skipped().isEmpty() ? text : text + " Already past when enrolled: "
                + ScheduleTexts.skipped(plan.skipped(), e.trainedOn()) + ".";
    }

    /** "Replaced <@U1>'s enrollment trained Fri 2 Oct: cancelled week 4's check-in (…) and the six-week review." */
    private static String replaced(EnrollMembers.Member member) {
        Enrollment old = member.replaced().orElseThrow();
        List<Milestone> cancelled = member.cancelled().stream().filter(Milestone::certain).toList();
        return ":arrows_counterclockwise: Replaced <@" + old.userId() + ">'s enrollment trained "
                + Texts.day(old.trainedOn(), old.trainedOn()) + ": " + (cancelled.isEmpty()
                        ? "it had nothing left to send."
                        : "cancelled " + ScheduleTexts.named(cancelled, old.trainedOn()) + ".");
    }

    public static Reply refused(List<String> problems) {
        return Reply.withExample(ListSection.text(":warning: Nobody was enrolled:",
                problems.stream().map(p -> "• " + p).toList(), SHOWN_PROBLEMS), EXAMPLE);
    }

    /** The holding reply while Slack is asked about a big cohort; the answer replaces it. */
    public static Reply checking(long people) {
        return Reply.of(":hourglass_flowing_sand: Checking " + people + (people == 1 ? " person" : " people")
                + " with Slack… the result replaces this"
                + " message in a moment. Nobody is enrolled unless everyone checks out.");
    }

    public static Reply notEnrolled() {
        return Reply.of(":information_source: You are not enrolled, so there are no check-ins to pause.");
    }

    public static Reply list(List<Enrollment> enrollments, Instant now) {
        if (enrollments.isEmpty()) {
            return Reply.withExample("Nobody is enrolled yet.", EXAMPLE);
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int from = 0; from < enrollments.size() && blocks.size() < 45; from += PER_SECTION) {
            StringBuilder text = new StringBuilder(from == 0 ? "*Enrollments* (" + enrollments.size() + ")" : "");
            for (Enrollment e : enrollments.subList(from, Math.min(from + PER_SECTION, enrollments.size()))) {
                text.append(text.isEmpty() ? "" : "\n").append("• <@").append(e.userId()).append("> trained ")
                        .append(e.trainedOn()).append(" on ").append(workflows(e)).append(" · ")
                        .append(week(e, LocalDate.ofInstant(now, e.zone()))).append(" · target ")
                        .append(e.targetPercent()).append('%')
                        .append(e.pausedUntil().map(d -> " · paused until " + d).orElse(""));
            }
            blocks.add(section(s -> s.text(markdownText(text.toString()))));
        }
        return new Reply("Enrollments (" + enrollments.size() + ")", blocks);
    }

    private static String workflows(Enrollment e) {
        return e.workflows().stream().map(WorkflowKey::value).map(k -> "`" + k + "`").collect(Collectors.joining(", "));
    }

    /** "week 3 of 6", "assessed" after day 42, "starts tomorrow" before day 1. */
    static String week(Enrollment e, LocalDate today) {
        long days = ChronoUnit.DAYS.between(e.trainedOn(), today);
        if (days < 1) {
            return "starts after the training day";
        }
        if (days > 42) {
            return "six weeks done";
        }
        return "week " + ((days + 6) / 7) + " of 6";
    }
}
