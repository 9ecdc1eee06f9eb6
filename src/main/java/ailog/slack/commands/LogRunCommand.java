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

/**
 * {@code /ailog proposal light-edit tone …}: logs one run typed by hand. The write gets a budget: when the database
 * cannot confirm it in time (another process holds it, the disk stalls), the member hears that it is still being
 * saved, and the confirmation (or the failure) follows through the command's response URL.
 */
public final class LogRunCommand implements Subcommand {
    private final LogCommandParser parser;
    private final WorkflowLookup lookup;
    private final LogRun logRun;
    private final Supplier<String> nonces;
    private final ReplyInTime inTime;

    public LogRunCommand(LogCommandParser parser, WorkflowLookup lookup, LogRun logRun, Supplier<String> nonces,
            ReplyInTime inTime) {
        this.parser = parser;
        this.lookup = lookup;
        this.logRun = logRun;
        this.nonces = nonces;
        this.inTime = inTime;
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
        LogRun.Request request = new LogRun.Request(invocation.userId(), parsed.entry().get(), LogSource.COMMAND,
                Optional.empty(), false);
        // The buttons re-read the line with its workflow as one word, so a name typed in words logs the same.
        return inTime.reply(() -> LogReplies.to(logRun.log(request),
                unknown -> LogReplies.unknownWorkflow(unknown, nonces.get(), line.text())),
                LogReplies.stillSaving(), invocation.followUp());
    }
}
