package ailog.slack.views;

import ailog.app.feedback.FoundationKeys;
import ailog.app.fixes.RecordFix;
import ailog.domain.FoundationChange;
import ailog.domain.metrics.BeforeAfter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Replies to {@code /ailog fix} and {@code /ailog fixes}. */
public final class FixViews {
    public static final String EXAMPLE = "/ailog fix proposal context-pack added this quarter's price list";
    static final int MAX_LISTED = 15;

    private FixViews() {}

    /** An example for a workflow the owner has: their first key, else "proposal". */
    public static String example(List<String> catalog) {
        return "/ailog fix " + catalog.stream().findFirst().orElse("proposal")
                + " context-pack added this quarter's price list";
    }

    public static Reply recorded(RecordFix.Recorded recorded) {
        FoundationChange change = recorded.change();
        return Reply.of(":wrench: Recorded: the *" + change.foundation().label() + "* of *"
                + Texts.escape(recorded.workflowName()) + "* changed: “" + Texts.echo(change.description(), 500)
                + "”. " + (recorded.membersTold() == 0 ? "No open feedback was waiting on it."
                        : (recorded.membersTold() == 1 ? "1 member" : recorded.membersTold() + " members")
                        + " whose open feedback it addresses will be told now, and again once the runs since show"
                        + " whether it helped.")
                + " See its before and after with `/ailog fixes " + change.workflow().value() + "`.");
    }

    public static Reply missingParts(List<String> catalog) {
        return Reply.withExample(":warning: Say which workflow, which part of its foundations ("
                + String.join(", ", FoundationKeys.keys()) + ") and what changed.", example(catalog));
    }

    public static Reply unknownFoundation(String typed, List<String> catalog) {
        return Reply.withExample(":warning: `" + Texts.echo(typed, 40) + "` is not a part of the foundations. Say "
                + String.join(", ", FoundationKeys.keys()).replace(", training", " or training")
                + " after the workflow.", example(catalog));
    }

    public static Reply noDescription(String workflow, String foundation, List<String> catalog) {
        return Reply.withExample(":warning: Say what changed after `" + Texts.echo(foundation, 40)
                + "`, so the change can be told apart from the next one.", "/ailog fix " + Texts.echo(workflow, 40)
                + " " + Texts.echo(foundation, 40) + " added this quarter's price list");
    }

    public static Reply tooLong(int length, List<String> catalog) {
        return Reply.withExample(":warning: What changed is " + length + " characters long. Keep it to "
                + FoundationChange.MAX_DESCRIPTION + " characters; nothing was recorded.", example(catalog));
    }

    public static Reply unknownWorkflow(String typed, List<String> catalog, String example) {
        return Reply.withExample(":warning: There is no workflow `" + Texts.echo(typed, 40) + "` in the catalog, so"
                + " nothing was recorded. " + (catalog.isEmpty() ? "Add one first with `/ailog workflow add`."
                        : "The catalog has " + String.join(", ", catalog.stream().limit(10)
                                .map(k -> "`" + k + "`").toList()) + "."), example);
    }

    /** Every change, newest first, each with its before and after. */
    public static Reply list(List<BeforeAfter> changes, LocalDate today, String scope) {
        if (changes.isEmpty()) {
            return Reply.withExample("No changes to the foundations recorded " + scope + " yet.", EXAMPLE);
        }
        List<String> lines = new ArrayList<>();
        List<BeforeAfter> newestFirst = new ArrayList<>(changes);
        java.util.Collections.reverse(newestFirst);
        newestFirst.stream().limit(MAX_LISTED).forEach(e -> lines.add("• `" + e.change().workflow().value()
                + "` " + ChangeTexts.title(e.change(), today) + "\n   " + ChangeTexts.beforeAfter(e)));
        if (changes.size() > MAX_LISTED) {
            lines.add("…and " + (changes.size() - MAX_LISTED) + " earlier ones: ask for one workflow with"
                    + " `/ailog fixes <workflow>`.");
        }
        return Sections.reply(":wrench: *Changes to the foundations* " + scope + " (" + changes.size() + ")",
                "fixes", lines, ChangeTexts.method());
    }
}
