package ailog.slack.commands;

import ailog.app.QuickLogChoices;
import ailog.slack.views.QuickLogCard;
import ailog.slack.views.Reply;
import java.util.function.Supplier;

/** {@code /ailog} alone: the quick-log card. */
public final class QuickLogCommand implements Subcommand {
    private final QuickLogChoices choices;
    private final Supplier<String> nonces;

    public QuickLogCommand(QuickLogChoices choices, Supplier<String> nonces) {
        this.choices = choices;
        this.nonces = nonces;
    }

    @Override
    public Reply run(Invocation invocation) {
        QuickLogChoices.Choices offered = choices.forMember(invocation.userId());
        return QuickLogCard.card(nonces.get(), offered.rows(), offered.all());
    }
}
