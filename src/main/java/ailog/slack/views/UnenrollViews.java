package ailog.slack.views;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import ailog.app.UnenrollMembers;
import ailog.domain.Enrollment;
import ailog.domain.schedule.Milestone;
import java.util.ArrayList;
import java.util.List;

/** Replies to {@code /ailog unenroll}: what each ended enrollment will no longer send, or what was wrong. */
public final class UnenrollViews {
    private static final String EXAMPLE = "/ailog unenroll @dana @lee";
    private static final int MAX_LINES = 40;

    private UnenrollViews() {}

    public static Reply unenrolled(UnenrollMembers.Ended ended) {
        List<String> lines = new ArrayList<>();
        for (UnenrollMembers.Cancelled c : ended.ended()) {
            lines.add(line(c.enrollment(), c.messages().stream().filter(Milestone::certain).toList()));
        }
        ended.notEnrolled().forEach(user -> lines.add(":information_source: <@" + user
                + "> was not enrolled, so nothing changed for them."));
        String title = ended.ended().isEmpty() ? "*Nobody was unenrolled*"
                : "*Enrollments ended: " + ended.ended().size() + "*";
        return new Reply(title.replace("*", ""), List.of(section(s -> s.blockId("unenrolled")
                .text(markdownText(ListSection.text(title, lines, MAX_LINES))))));
    }

    /** Unenrolled <@U1> (trained Fri 27 Nov): cancelled week 2's check-in (Sat 12 Dec) … */
    private static String line(Enrollment e, List<Milestone> cancelled) {
        return ":octagonal_sign: Unenrolled <@" + e.userId() + "> (trained " + Texts.day(e.trainedOn(),
                e.trainedOn()) + "): " + (cancelled.isEmpty() ? "nothing was left to send."
                        : "cancelled " + ScheduleTexts.named(cancelled, e.trainedOn()) + ".")
                + " No further scheduled messages.";
    }

    public static Reply refused(List<String> problems) {
        StringBuilder text = new StringBuilder(":warning: Nobody was unenrolled:");
        problems.forEach(p -> text.append("\n• ").append(p));
        return Reply.withExample(text.toString(), EXAMPLE);
    }
}
