package ailog.slack.commands;

import ailog.app.LogRun;
import ailog.app.WorkflowLookup;
import ailog.domain.LogSource;
import ailog.slack.views.Examples;
import ailog.slack.views.LogReplies;
import ailog.slack.views.Reply;
import ailog.slack.views.StrayWordReply;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code /ailog proposal light-edit tone …}: logs one run typed by hand. */
public final class LogRunCommand implements Subcommand {
    private final LogCommandParser parser;
    private final WorkflowLookup lookup;
    private final LogRun logRun;
    private final Supplier<String> nonces;

    public LogRunCommand(LogCommandParser parser, WorkflowLookup lookup, LogRun logRun, Supplier<String> nonces) {
        this.parser = parser;
        this.lookup = lookup;
        this.logRun = logRun;
        this.nonces = nonces;
    }

    @Override
    public Reply run(Invocation invocation) {
        LogLine.Start start = LogLine.read(invocation.arguments(), lookup);
        if (start instanceof LogLine.Stray stray) {
            return StrayWordReply.of(stray.word(), lookup.suggest(stray.word()));
        }
        LogLine.Run line = (LogLine.Run) start;
        LogCommandParser.Parsed parsed = parser.parse(line.text());
        if (parsed.entry().isEmpty()) {
            return LogReplies.rejected(parsed.problems(), line.known().map(Examples::log).orElse(Examples.LOG));
        }
        LogRun.Result result = logRun.log(new LogRun.Request(invocation.userId(), parsed.entry().get(),
                LogSource.COMMAND, Optional.empty(), false));
        // The buttons re-read the line with its workflow as one word, so a name typed in words logs the same.
        return LogReplies.to(result, unknown -> LogReplies.unknownWorkflow(unknown, nonces.get(), line.text()));
    }
}
