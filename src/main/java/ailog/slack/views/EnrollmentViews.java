package ailog.slack.views;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Replies about enrollments. */
public final class EnrollmentViews {
    private static final String EXAMPLE = "/ailog enroll @dana @lee workflows=proposal,status-update target=70"
            + " trained=2026-11-20";
    private static final int PER_SECTION = 25;
    private static final int SHOWN_PROBLEMS = 20;

    private EnrollmentViews() {}

    public static Reply enrolled(List<Enrollment> enrolled) {
        Enrollment first = enrolled.get(0);
        String who = Mentions.summary(enrolled.stream().map(Enrollment::userId).toList());
        return Reply.of(":mortar_board: Enrolled " + who + ": trained " + first.trainedOn() + " on "
                + workflows(first) + ", target " + first.targetPercent() + "%. Each gets a check-in on days 7, 14,"
                + " 21 and 28 in their own morning, and you get their six-week assessment on day 42.");
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
