package ailog.slack.views;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** What {@code /ailog pause} says when it cannot tell until when. */
public final class PauseReplies {
    private static final MonthDay EXAMPLE_DAY = MonthDay.of(12, 24);

    private PauseReplies() {}

    /** Each problem with the date as a sentence, then how to say it, with an example day still ahead of today. */
    public static Reply untilWhen(List<String> problems, LocalDate today) {
        StringBuilder text = new StringBuilder(":warning: ");
        problems.forEach(p -> text.append(Texts.sentence(p)).append(' '));
        text.append("Say until when you want to pause, for example `/ailog pause until ").append(exampleDay(today))
                .append("`, or `/ailog pause off` to end a pause.");
        return Reply.of(text.toString());
    }

    /** The next 24 December, so the example is never a day already past. */
    static LocalDate exampleDay(LocalDate today) {
        LocalDate thisYear = EXAMPLE_DAY.atYear(today.getYear());
        return thisYear.isAfter(today) ? thisYear : thisYear.plusYears(1);
    }
}
