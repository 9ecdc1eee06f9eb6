package ailog.slack.commands;

import ailog.app.Workflows;
import ailog.app.feedback.FoundationKeys;
import ailog.app.fixes.ChangeEffects;
import ailog.app.fixes.RecordFix;
import ailog.domain.Foundation;
import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.metrics.BeforeAfter;
import ailog.slack.views.FixViews;
import ailog.slack.views.HelpView;
import ailog.slack.views.Reply;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code /ailog fix <workflow> <foundation> <what changed…>} and {@code /ailog fixes [workflow]}, for owners. */
public final class FixCommands {
    private final RecordFix recordFix;
    private final ChangeEffects effects;
    private final Workflows workflows;
    private final Owners owners;
    private final Clock clock;
    private final Function<String, ZoneId> zones;
    private final Runnable sendNow;

    public FixCommands(RecordFix recordFix, ChangeEffects effects, Workflows workflows, Owners owners, Clock clock,
            Function<String, ZoneId> zones, Runnable sendNow) {
        this.recordFix = recordFix;
        this.effects = effects;
        this.workflows = workflows;
        this.owners = owners;
        this.clock = clock;
        this.zones = zones;
        this.sendNow = sendNow;
    }

    public Reply fix(Subcommand.Invocation invocation) {
        if (!owners.includes(invocation.userId())) {
            return HelpView.ownersOnly("fix");
        }
        List<String> catalog = catalog();
        String[] words = invocation.arguments().strip().split("\\s+", -1);
        int at = foundationAt(words);
        if (invocation.arguments().isBlank() || at == 0 || at < 0 && words.length < 2) {
            return FixViews.missingParts(catalog);
        }
        if (at < 0) {
            return FixViews.unknownFoundation(words[1], catalog);
        }
        String workflow = String.join(" ", List.of(words).subList(0, at));
        String description = String.join(" ", List.of(words).subList(at + 1, words.length)).strip();
        if (description.isEmpty()) {
            return FixViews.noDescription(workflow, words[at], catalog);
        }
        Foundation foundation = FoundationKeys.parseTyped(words[at]).orElseThrow();
        RecordFix.Result result = recordFix.record(invocation.userId(), workflow, foundation, description);
        if (result instanceof RecordFix.Recorded recorded) {
            sendNow.run();
            return FixViews.recorded(recorded);
        }
        if (result instanceof RecordFix.UnknownWorkflow unknown) {
            return FixViews.unknownWorkflow(unknown.typed(), unknown.catalog(), FixViews.example(catalog));
        }
        if (result instanceof RecordFix.TooLong tooLong) {
            return FixViews.tooLong(tooLong.length(), catalog);
        }
        return HelpView.ownersOnly("fix");
    }

    public Reply fixes(Subcommand.Invocation invocation) {
        if (!owners.includes(invocation.userId())) {
            return HelpView.ownersOnly("fixes");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zones.apply(invocation.userId()));
        String typed = invocation.arguments().strip();
        if (typed.isEmpty()) {
            List<BeforeAfter> all = new ArrayList<>();
            workflows.all().forEach(w -> all.addAll(effects.ofWorkflow(w.key())));
            all.sort(Comparator.comparing(e -> e.change().changedAt()));
            return FixViews.list(all, today, "to every workflow");
        }
        Optional<Workflow> workflow = workflows.find(typed);
        if (workflow.isEmpty()) {
            return FixViews.unknownWorkflow(typed, catalog(), "/ailog fixes "
                    + catalog().stream().findFirst().orElse("proposal"));
        }
        return FixViews.list(effects.ofWorkflow(workflow.get().key()), today, "to `" + workflow.get().key().value()
                + "`");
    }

    /** The index of the first word after the first that names a foundation, or -1. */
    private static int foundationAt(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (FoundationKeys.parseTyped(words[i]).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private List<String> catalog() {
        return workflows.all().stream().map(w -> w.key().value()).toList();
    }
}
