package ailog.slack.views;

import ailog.app.report.ReportText;
import ailog.domain.Foundation;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.EditTypeDistribution;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.WilsonInterval;
import ailog.domain.metrics.WorkflowRow;
import java.util.List;

/** The report's lines about the foundations: the changes with their before and after, and what to fix next. */
final class ReportChanges {
    static final int MAX_CHANGES = 15;

    private ReportChanges() {}

    static List<String> lines(List<BeforeAfter> changes, TeamReport report) {
        if (changes.isEmpty()) {
            return List.of("None recorded: `/ailog fix <workflow> <foundation> <what changed>` records one.");
        }
        List<String> lines = changes.stream().skip(Math.max(0, changes.size() - MAX_CHANGES))
                .map(effect -> "• *" + Texts.escape(name(effect.change().workflow(), report)) + "*: "
                        + ChangeTexts.title(effect.change(), report.today()) + "\n   "
                        + ChangeTexts.beforeAfter(effect))
                .toList();
        return changes.size() > MAX_CHANGES
                ? concat("…" + (changes.size() - MAX_CHANGES) + " earlier ones: `/ailog fixes`", lines) : lines;
    }

    /** "The edit types of these days point at the *context pack* (missing or wrong info in 9 of 14 edits)". */
    static String pointsAt(EditTypeDistribution editTypes) {
        if (editTypes.topFix().isEmpty()) {
            return ":dart: *What to fix next:* no edit types were logged in these days, so nothing points at a fix.";
        }
        Foundation fix = editTypes.topFix().get();
        int targeted = fix.targets().stream().mapToInt(editTypes::count).sum();
        return ":dart: *What to fix next:* the edit types of these days point at the *" + fix.label() + "* ("
                + ChangeTexts.targeted(fix) + " in " + targeted + " of " + editTypes.total() + " edits)";
    }

    /** Why a flagged rate is under target, in words with its range: it may be bad luck, or clearly under. */
    static String belowTarget(AcceptanceRate rate, int target) {
        WilsonInterval interval = WilsonInterval.of(rate).orElseThrow();
        return ReportText.range(rate)
                + (interval.high() * 100 >= target ? ", so it may still meet the " + target
                        + "% target: more runs will tell" : ", clearly under the " + target + "% target");
    }

    private static String name(WorkflowKey key, TeamReport report) {
        return report.workflows().stream().filter(r -> r.key().equals(key)).map(WorkflowRow::name).findFirst()
                .orElse(key.value());
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
