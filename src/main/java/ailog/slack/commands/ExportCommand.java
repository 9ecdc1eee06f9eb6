package ailog.slack.commands;

import ailog.app.Runs;
import ailog.cli.CsvExport;
import ailog.domain.Owners;
import ailog.slack.views.HelpView;
import ailog.slack.views.Reply;
import com.slack.api.methods.MethodsClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /ailog export} (owners): every entry as CSV, sent after the acknowledgement as a file in a DM. */
public final class ExportCommand implements Subcommand {
    private static final Logger log = LoggerFactory.getLogger(ExportCommand.class);

    private final Runs runs;
    private final Owners owners;
    private final MethodsClient slack;
    private final Executor afterAck;
    private final Clock clock;

    public ExportCommand(Runs runs, Owners owners, MethodsClient slack, Executor afterAck, Clock clock) {
        this.runs = runs;
        this.owners = owners;
        this.slack = slack;
        this.afterAck = afterAck;
        this.clock = clock;
    }

    @Override
    public Reply run(Invocation invocation) {
        if (!owners.includes(invocation.userId())) {
            return HelpView.ownersOnly("export");
        }
        afterAck.execute(() -> send(invocation.userId()));
        return Reply.of(":outbox_tray: Exporting every entry: the CSV arrives in your direct messages with ailog in"
                + " a moment. Cells a spreadsheet would run as formulas start with `'`.");
    }

    private void send(String owner) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        new CsvExport(runs, new PrintStream(csv, true, StandardCharsets.UTF_8), quiet).run(List.of());
        try {
            String channel = slack.conversationsOpen(r -> r.users(List.of(owner))).getChannel().getId();
            var upload = slack.filesUploadV2(r -> r.channel(channel)
                    .fileData(csv.toByteArray())
                    .filename("ailog-runs-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv")
                    .title("ailog: every logged run")
                    .initialComment("Every run logged in ailog, as CSV (date, user, workflow, outcome, edit type, notes)."));
            if (!upload.isOk()) {
                log.warn("sending the export to {} failed: {}", owner, upload.getError());
            }
        } catch (Exception e) {
            log.warn("sending the export to {} failed: {}", owner, e.toString());
        }
    }
}
