package ailog.slack.commands;

import ailog.app.LogRun;
import ailog.domain.LogSource;
import ailog.slack.views.LogReplies;
import ailog.slack.views.Reply;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code /ailog proposal light-edit tone …}: logs one run typed by hand. */
public final class LogRunCommand implements Subcommand {
    private final LogCommandParser parser;
    private final LogRun logRun;
    private final Supplier<String> nonces;

    public LogRunCommand(LogCommandParser parser, LogRun logRun, Supplier<String> nonces) {
        this.parser = parser;
        this.logRun = logRun;
        this.nonces = nonces;
    }

    @Override
    public Reply run(Invocation invocation) {
        LogCommandParser.Parsed parsed = parser.parse(invocation.arguments());
        if (parsed.entry().isEmpty()) {
            return LogReplies.rejected(parsed.problems());
        }
        LogRun.Result result = logRun.log(new LogRun.Request(invocation.userId(), parsed.entry().get(),
                LogSource.COMMAND, Optional.empty(), false));
        return LogReplies.to(result,
                unknown -> LogReplies.unknownWorkflow(unknown, nonces.get(), invocation.arguments()));
    }
}
