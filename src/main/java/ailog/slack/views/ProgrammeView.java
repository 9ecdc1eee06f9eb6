package ailog.slack.views;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import ailog.domain.Enrollment;
import ailog.domain.schedule.ProgrammePosition;
import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An enrolled member's place in the programme on their Home tab: week, target, next check-in, pause. */
public final class ProgrammeView {
    private ProgrammeView() {}

    public static List<LayoutBlock> blocks(ProgrammePosition position) {
        List<String> lines = new ArrayList<>();
        lines.add(week(position));
        lines.add("Your target: *" + position.enrollment().targetPercent()
                + "%* of runs accepted (as is or light edit)");
        position.next().ifPresent(next -> lines.add(next(next, position.today())));
        position.pausedUntil().ifPresent(until -> lines.add(":pause_button: Paused until "
                + Texts.day(until, position.today()) + " — `/ailog pause off` to resume"));
        return List.of(
                header(h -> h.blockId("home_programme_title").text(plainText("Your six-week programme"))),
                section(s -> s.blockId("home_programme").text(markdownText(String.join("\n", lines)))));
    }

    /** "*Week 3 of 6* (Sat 21 Nov – Fri 27 Nov) · trained Fri 6 Nov": the week always with its days. */
    private static String week(ProgrammePosition position) {
        Enrollment enrollment = position.enrollment();
        LocalDate today = position.today();
        String trained = " · trained " + Texts.day(enrollment.trainedOn(), today);
        int week = position.week();
        if (week == 0) {
            return "*Week 1 starts " + Texts.day(enrollment.firstDayOfWeek(1), today) + "*" + trained;
        }
        if (week > ProgrammePosition.WEEKS) {
            return "*Six weeks done* (" + Texts.day(enrollment.firstDayOfWeek(1), today) + " – "
                    + Texts.day(enrollment.lastDayOfWeek(ProgrammePosition.WEEKS), today) + ")" + trained;
        }
        return "*Week " + week + " of " + ProgrammePosition.WEEKS + "* (" + position.weekDays().label() + ")"
                + trained;
    }

    private static String next(ProgrammePosition.Next next, LocalDate today) {
        String day = Texts.day(next.day(), today);
        if (next instanceof ProgrammePosition.CheckIn checkIn) {
            return "Next check-in: *" + day + "*, about week " + checkIn.week();
        }
        return "Next: your six-week review on *" + day + "*";
    }
}
