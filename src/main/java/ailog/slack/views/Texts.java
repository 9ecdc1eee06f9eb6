package ailog.slack.views;

import ailog.app.report.ReportText;
import ailog.domain.EditType;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.LateRuns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import ailog.slack.SlackText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Wording shared by the views: rates, dates, runs, and text made safe for Slack's mrkdwn. */
public final class Texts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_WITH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_WITH_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Texts() {}

    /** Text people wrote (names, notes, descriptions) as mrkdwn: the one way such text goes out to Slack. */
    public static String escape(String text) {
        return SlackText.mrkdwn(text);
    }

    /** A problem worded as a clause ("the date … is in the future") as a sentence: capital first, full stop last. */
    public static String sentence(String clause) {
        String text = clause.strip();
        if (text.isEmpty()) {
            return text;
        }
        String capital = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capital.matches("(?s).*[.!?]$") ? capital : capital + ".";
    }

    /**
     * What a member typed, escaped, in at most {@code max} characters of mrkdwn: escaping can make text five times
     * longer, so the limit is on what Slack receives, and clipping drops whole typed characters, never half an escape.
     */
    public static String echo(String typed, int max) {
        String shown = escape(typed);
        int keep = typed.codePointCount(0, typed.length());
        while (shown.length() > max && keep > 0) {
            keep = Math.min(keep - 1, (int) ((long) keep * max / shown.length()));
            shown = escape(typed.substring(0, typed.offsetByCodePoints(0, keep)) + "…");
        }
        return shown;
    }

    public static String day(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? DAY.format(date) : DAY_WITH_YEAR.format(date);
    }

    /** "75% (3 of 4)", "—" without runs, with a warning when too few runs to judge. */
    public static String rate(AcceptanceRate rate) {
        if (rate.runs() == 0) {
            return "— (no runs yet)";
        }
        String figure = ReportText.figure(rate);
        return rate.tooFewToJudge() ? figure + ", too few runs to judge" : figure;
    }

    /** As {@link #rate}, but a bare "—" without runs: for lines that already say "0 runs". */
    public static String rateOrDash(AcceptanceRate rate) {
        return rate.runs() == 0 ? "—" : rate(rate);
    }

    /** "19 Oct – 25 Oct": a Monday-to-Sunday week, each date with its year when not {@code today}'s. */
    public static String week(LocalDate monday, LocalDate today) {
        return date(monday, today) + " – " + date(monday.plusDays(6), today);
    }

    private static String date(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? DATE.format(date) : DATE_WITH_YEAR.format(date);
    }

    /**
     * The rate against the member's target: "acceptance 75% (6 of 8) · target 70% ✓"; a mark only from enough runs
     * to judge, so a handful of runs never reads as below target.
     */
    public static String rateAgainstTarget(AcceptanceRate rate, int target) {
        String mark = switch (rate.against(target)) {
            case YES -> " :white_check_mark:";
            case NO -> " :small_red_triangle_down:";
            case NOT_ENOUGH_RUNS -> "";
        };
        return "acceptance " + rate(rate) + " · target " + target + "%" + mark;
    }

    /** "+ 2 runs logged late (dated Tue 10 Nov – Mon 16 Nov), after the message that covered their days". */
    public static String late(LateRuns late, String coveredBy) {
        return "+ " + runs(late.runs()) + " logged late (dated " + late.dated().orElseThrow().label() + "), after "
                + coveredBy + " went out: counted here, not there";
    }

    /** "2.5 runs a week", "1 run a week", "no runs": one decimal at most, never "0.0". */
    public static String perWeek(double runs) {
        if (runs == 0) {
            return "no runs";
        }
        String figure = BigDecimal.valueOf(runs).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return figure + (figure.equals("1") ? " run" : " runs") + " a week";
    }

    /** "Light edit" from "light edit": labels at the start of a button or an option. */
    public static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    public static String runs(int count) {
        return count == 1 ? "1 run" : count + " runs";
    }

    /** "light edit (tone)". */
    public static String outcome(Run run) {
        return run.outcome().label() + run.editType().map(e -> " (" + e.label() + ")").orElse("");
    }

    public static String workflow(Workflow workflow) {
        return "*" + escape(workflow.name()) + "*";
    }

    /** "tone → fix the voice guide". */
    public static String editTypeWithFix(Optional<EditType> editType) {
        return editType.map(e -> e.label() + " → fix the " + e.fix().label()).orElse("none yet");
    }
}
