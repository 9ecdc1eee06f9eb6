package ailog.slack.views;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.List;

/** Usage of /ailog with an example of every command. */
public final class HelpView {
    private static final String LOGGING = """
            *Log a run* — `/ailog <workflow> <outcome> [edit-type] [date:YYYY-MM-DD|yesterday] [notes…]`
            • `/ailog proposal as-is`
            • `/ailog proposal light-edit tone date:yesterday shortened the intro`
            *Outcomes:* `as-is` (asis, used, ok) · `light-edit` (light, le, minor) · `heavy-edit` (heavy, he, major) \
            · `not-used` (unused, none, discarded, rejected)
            *Edit types:* `tone` → voice guide · `scope` → workflow prompt · `format` → output template \
            · `missing-info` / `wrong-info` → context pack""";
    private static final String COMMANDS = """
            *More*
            • `/ailog` — the quick-log card: one press per run
            • `/ailog undo` — remove your most recent entry from the last 24 hours
            • `/ailog me` — your runs this week, acceptance against target, top edit type; your last six weeks
            • `/ailog workflows` — the workflow catalog
            • `/ailog pause until 2026-12-24` — no check-ins until then (`/ailog pause off` ends it)
            • `/ailog feedback` — an AI output was not quite right? A short form tells the AI system owners, \
            who fix its cause
            • `/ailog help` — this message""";
    private static final String OWNERS = """
            *For AI system owners*
            • `/ailog workflow add status-update Weekly status update` — add a workflow
            • `/ailog enroll @dana @lee workflows=proposal,status-update target=70 trained=2026-11-20` — enroll \
            trainees, schedule their check-ins and welcome them by DM; enrolling someone again replaces their \
            schedule
            • `/ailog unenroll @dana` — end an enrollment: no further check-ins, nudges or assessment
            • `/ailog enrollments` — who is enrolled and which week they are in
            • `/ailog report days=28` — the adoption report for the last 28 days (default 7)
            • `/ailog export` — every entry as a CSV file in your DMs
            • `/ailog fix proposal context-pack added this quarter's price list` — records a change to a workflow's foundations
            • `/ailog fixes proposal` — the changes, each with acceptance before and after
            • `/ailog workflow proposal` — the workflow page: weeks, edit types, changes and open feedback, with a chart""";

    private HelpView() {}

    public static Reply help(boolean owner) {
        String text = LOGGING + "\n\n" + COMMANDS + (owner ? "\n\n" + OWNERS : "");
        return new Reply("How to use /ailog", List.of(section(s -> s.text(markdownText(text)))));
    }

    public static Reply ownersOnly(String command) {
        return Reply.of(":lock: `/ailog " + command + "` is for the AI system owners, so nothing changed."
                + " Ask your owner, or see `/ailog help`.");
    }
}
