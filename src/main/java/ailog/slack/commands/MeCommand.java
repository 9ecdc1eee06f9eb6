package ailog.slack.commands;

import ailog.app.MemberStatsSummary;
import ailog.app.Workflows;
import ailog.slack.views.Reply;
import ailog.slack.views.StatsView;

/** {@code /ailog me}: the member's own numbers, this week and the six weeks up to it. */
public final class MeCommand implements Subcommand {
    private final MemberStatsSummary summary;
    private final Workflows workflows;

    public MeCommand(MemberStatsSummary summary, Workflows workflows) {
        this.summary = summary;
        this.workflows = workflows;
    }

    @Override
    public Reply run(Invocation invocation) {
        return StatsView.me(summary.of(invocation.userId()), workflows.all());
    }
}
