package ailog.slack.views;

import ailog.app.report.ReportText;
import ailog.domain.EditType;
import ailog.domain.Foundation;
import ailog.domain.FoundationChange;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.ChangeVerdict;
import ailog.domain.metrics.ChangeWindow;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** The words for a change and its before and after: the same on the workflow page, in the report and in DMs. */
public final class ChangeTexts {
    /** Said wherever a verdict is: the comparison is over time, nothing held the rest equal. */
    public static final String DIRECTIONAL = "before and after, not a controlled test";

    private ChangeTexts() {}

    /** "*context pack* changed Thu 10 Dec by @owner: “added the price list”". */
    public static String title(FoundationChange change, LocalDate today) {
        return "*" + change.foundation().label() + "* changed " + Texts.day(change.changedOn(), today) + " by <@"
                + change.authorId() + ">: “" + Texts.echo(change.description(), 300) + "”";
    }

    /** The figures of both sides and the verdict, in one line. */
    public static String beforeAfter(BeforeAfter effect) {
        String targeted = targeted(effect.change().foundation());
        return "before: " + side(effect.before(), targeted) + " · after: " + side(effect.after(), targeted)
                + " → " + verdict(effect) + " (" + DIRECTIONAL + ")";
    }

    /** "acceptance 50% (15 of 30, 95% range 33–67%), missing or wrong info in 50%". */
    static String side(BeforeAfter.Side side, String targeted) {
        if (side.runs() == 0) {
            return "no runs";
        }
        return "acceptance " + figure(side.acceptance()) + ", " + targeted + " in "
                + side.share().percent().getAsInt() + "%";
    }

    /** "50% (15 of 30, 95% range 33–67%)"; below 5 runs the count and "too few to judge". */
    public static String figure(AcceptanceRate rate) {
        if (rate.runs() == 0) {
            return "— (no runs)";
        }
        return ReportText.ranged(rate, rate.tooFewToJudge() ? ", too few to judge" : "");
    }

    /** *better*, *worse*, *no clear change yet — about N more runs to tell*, or *too few to judge*. */
    public static String verdict(BeforeAfter effect) {
        return switch (effect.verdict()) {
            case BETTER -> "*better*";
            case WORSE -> "*worse*";
            case NO_CLEAR_CHANGE -> "*no clear change yet* — " + (effect.moreRuns().isPresent()
                    ? "about " + effect.moreRuns().getAsInt() + " more " + (effect.moreRuns().getAsInt() == 1 ? "run"
                            : "runs") + " to tell"
                    : "the rates so far are the same");
            case TOO_FEW -> "*too few to judge* (fewer than " + AcceptanceRate.RUNS_TO_JUDGE
                    + " runs on a side)";
        };
    }

    /** Which edit types the foundation targets: "missing or wrong info", "any edit". */
    static String targeted(Foundation foundation) {
        if (foundation == Foundation.TRAINING) {
            return "any edit";
        }
        return foundation.targets().stream().map(EditType::label).collect(Collectors.joining(" or "))
                .replace("missing info or wrong info", "missing or wrong info");
    }

    /** How the windows and the verdict are worked out, in one line for a view's footer. */
    public static String method() {
        return "Before: the " + ChangeWindow.DAYS + " days before a change; after: the " + ChangeWindow.DAYS
                + " days since, or up to the next change; runs on the change day count by when they were logged."
                + " Better or worse when Fisher's exact test gives p < 0.05; ranges are Wilson 95% intervals.";
    }

    /** For the member's result DM: "up from 52%", "down from 85%". */
    static String direction(BeforeAfter effect) {
        return (effect.verdict() == ChangeVerdict.WORSE ? "down from " : "up from ")
                + effect.before().acceptance().percent().getAsInt() + "%";
    }
}
