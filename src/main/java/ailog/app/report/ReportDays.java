package ailog.app.report;

import java.util.Locale;

/** How many days a report covers, ending today: 1 to 365, a week unless asked otherwise. */
public record ReportDays(int value) {
    public static final int MIN = 1;
    public static final int MAX = 365;
    public static final ReportDays WEEK = new ReportDays(7);
    /** What each problem is worded against. */
    public static final String RULE = "the days are a whole number from " + MIN + " to " + MAX;

    public ReportDays {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException(RULE + ", not " + value);
        }
    }

    /** A number of days as typed, such as {@code 28}. */
    public static ReportDays parse(String typed) {
        String digits = typed.strip();
        if (!digits.matches("\\d{1,9}")) {
            throw new IllegalArgumentException(RULE);
        }
        return new ReportDays(Integer.parseInt(digits));
    }

    /** The words after {@code /ailog report}: nothing for a week, or {@code days=N}. */
    public static ReportDays fromArguments(String arguments) {
        String text = arguments.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return WEEK;
        }
        if (!text.startsWith("days=")) {
            throw new IllegalArgumentException("the report takes `days=N`, where " + RULE);
        }
        return parse(text.substring("days=".length()));
    }
}
