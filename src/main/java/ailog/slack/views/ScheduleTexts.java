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
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy",
            Locale.ENGLISH);
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

    /** "Sat 5 Dec", with the year when it is not the year of {@code reference}. */
    static String day(LocalDate day, LocalDate reference) {
        return (day.getYear() == reference.getYear() ? DAY : DAY_WITH_YEAR).format(day);
    }

    /** The local hour the messages go out, "10:00", from the first of them. */
    static String hour(List<Milestone> milestones, ZoneId zone) {
        return milestones.isEmpty() ? "" : HOUR.format(milestones.get(0).dueAt().atZone(zone));
    }

    /** "Sat 5 Dec (week 1), …, and Sat 9 Jan (six-week review)". */
    static String dates(List<Milestone> milestones, LocalDate reference) {
        return joined(milestones.stream().map(m -> day(m.day(), reference) + " (" + (m.kind() == MessageKind.CHECKIN
                ? "week " + m.week() + " check-in" : "six-week review") + ")").toList());
    }

    /** "week 1's check-in was due on Sat 21 Nov: skipped; …". */
    static String skipped(List<Milestone> milestones, LocalDate reference) {
        return String.join("; ", milestones.stream()
                .map(m -> name(m) + " was due on " + day(m.day(), reference) + ": skipped").toList());
    }

    /** "week 3's check-in (Sat 19 Dec), … and the six-week review (Sat 9 Jan)". */
    static String named(List<Milestone> milestones, LocalDate reference) {
        return joined(milestones.stream().map(m -> name(m) + " (" + day(m.day(), reference) + ")").toList());
    }

    static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Mentions of members, "<@U1>, <@U2>". */
    static String mentions(List<String> userIds) {
        return String.join(", ", userIds.stream().map(u -> "<@" + u + ">").toList());
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
