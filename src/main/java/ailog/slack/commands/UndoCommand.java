package ailog.slack.commands;

import ailog.app.MemberClock;
import ailog.app.UndoLatestRun;
import ailog.app.Workflows;
import ailog.domain.Workflow;
import ailog.slack.views.LogReplies;
import ailog.slack.views.Reply;

/** {@code /ailog undo}: removes the member's latest entry from the last 24 hours. */
public final class UndoCommand implements Subcommand {
    private final UndoLatestRun undo;
    private final Workflows workflows;
    private final MemberClock clock;

    public UndoCommand(UndoLatestRun undo, Workflows workflows, MemberClock clock) {
        this.undo = undo;
        this.workflows = workflows;
        this.clock = clock;
    }

    @Override
    public Reply run(Invocation invocation) {
        return undo.undo(invocation.userId())
                .map(run -> LogReplies.undone(run,
                        workflows.find(run.workflow().value())
                                .orElse(new Workflow(run.workflow(), run.workflow().value(), "")),
                        clock.today(invocation.userId())))
                .orElseGet(LogReplies::nothingToUndo);
    }
}
