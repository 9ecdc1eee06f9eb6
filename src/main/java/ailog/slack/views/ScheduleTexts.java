package ailog.slack.views;

import ailog.domain.schedule.MessageKind;
import ailog.domain.schedule.Milestone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Wording for an enrollment's schedule: "week 1's check-in", "Sat 5 Dec", "was due on Sat 21 Nov: skipped". */
final class ScheduleTexts {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private ScheduleTexts() {}

    /** "week 2's check-in", "week 1's nudge", "the six-week review". */
    static String name(Milestone m) {
        return switch (m.kind()) {
            case CHECKIN -> "week " + m.week() + "'s check-in";
            case NUDGE -> "week " + m.week() + "'s nudge";
            default -> "the six-week review";
        };
    }

    /** The local hour the messages go out, "10:00", from the first of them. */
    static String hour(List<Milestone> milestones, ZoneId zone) {
        return milestones.isEmpty() ? "" : HOUR.format(milestones.get(0).dueAt().atZone(zone));
    }

    /** "Sat 5 Dec (week 1), …, and Sat 9 Jan (six-week review)". */
    static String dates(List<Milestone> milestones, LocalDate reference) {
        return joined(milestones.stream().map(m -> Texts.day(m.day(), reference) + " ("
                + (m.kind() == MessageKind.CHECKIN ? "week " + m.week() + " check-in" : "six-week review") + ")")
                .toList());
    }

    /** "week 1's check-in was due on Sat 21 Nov: skipped; …". */
    static String skipped(List<Milestone> milestones, LocalDate reference) {
        return String.join("; ", milestones.stream()
                .map(m -> name(m) + " was due on " + Texts.day(m.day(), reference) + ": skipped").toList());
    }

    /** "week 3's check-in (Sat 19 Dec), … and the six-week review (Sat 9 Jan)". */
    static String named(List<Milestone> milestones, LocalDate reference) {
        return joined(milestones.stream().map(m -> name(m) + " (" + Texts.day(m.day(), reference) + ")").toList());
    }

    static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

}
