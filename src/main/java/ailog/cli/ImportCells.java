package ailog.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the date and user cells of an import, sharing one object per distinct value. */
final class ImportCells {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,}");

    private final LocalDate latestDate;
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();

    /** {@code latestDate}: the last day a run may be dated, today somewhere on Earth. */
    ImportCells(LocalDate latestDate) {
        this.latestDate = latestDate;
    }

    Optional<LocalDate> date(String cell, List<String> problems) {
        Optional<LocalDate> date = Optional.ofNullable(dates.get(cell)).or(() -> parseDate(cell));
        date.ifPresent(d -> dates.putIfAbsent(cell, d));
        if (date.isEmpty()) {
            problems.add(cell.isEmpty() ? "the date is missing" : "`" + cell + "` is not a date like 2024-05-31");
        } else if (date.get().isAfter(latestDate)) {
            problems.add("the date " + cell + " is in the future");
            return Optional.empty();
        }
        return date;
    }

    Optional<String> user(String cell, List<String> problems) {
        String known = users.get(cell);
        if (known != null) {
            return Optional.of(known);
        }
        if (!USER.matcher(cell).matches()) {
            problems.add(cell.isEmpty() ? "the user is missing"
                    : "`" + cell + "` is not a Slack user ID like U012AB3CD");
            return Optional.empty();
        }
        return Optional.of(users.computeIfAbsent(cell, c -> c));
    }

    private static Optional<LocalDate> parseDate(String cell) {
        if (!DATE.matcher(cell).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(cell));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
