package ailog.slack.commands;

import ailog.app.Runs;
import ailog.csv.RunCsv;
import ailog.domain.Owners;
import ailog.slack.SlackFileUpload;
import ailog.slack.views.HelpView;
import ailog.slack.views.Reply;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ailog export} (owners): every entry as CSV, sent after the acknowledgement as a file in a DM. The CSV goes
 * through a temporary file and streams to Slack, so a million runs need no more memory than a few; if it cannot be
 * sent, the owner is told so in the DM.
 */
public final class ExportCommand implements Subcommand {
    private static final Logger log = LoggerFactory.getLogger(ExportCommand.class);

    private final Runs runs;
    private final Owners owners;
    private final MethodsClient slack;
    private final SlackFileUpload upload;
    private final Executor afterAck;
    private final Clock clock;

    public ExportCommand(Runs runs, Owners owners, MethodsClient slack, SlackFileUpload upload, Executor afterAck,
            Clock clock) {
        this.runs = runs;
        this.owners = owners;
        this.slack = slack;
        this.upload = upload;
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
        Path csv = null;
        try {
            csv = Files.createTempFile("ailog-export", ".csv");
            long count;
            try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                count = RunCsv.write(runs, writer);
            }
            String channel = slack.conversationsOpen(r -> r.users(List.of(owner))).getChannel().getId();
            upload.send(csv, "ailog-runs-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv",
                    "ailog: every logged run", "Every run logged in ailog (" + count + (count == 1 ? " run" : " runs")
                            + "), as CSV: date, user, workflow, outcome, edit type, notes.", channel);
        } catch (IOException | SlackApiException | SlackFileUpload.Failed | RuntimeException e) {
            log.warn("sending the export to {} failed: {}", owner, e.toString());
            tell(owner, ":warning: Your export could not be sent (" + e.getMessage() + "). Nothing was changed;"
                    + " try `/ailog export` again in a few minutes, or on the server run"
                    + " `java -jar ailog.jar export --out runs.csv`.");
        } finally {
            delete(csv);
        }
    }

    private void tell(String owner, String text) {
        try {
            slack.chatPostMessage(r -> r.channel(owner).text(text));
        } catch (Exception e) {
            log.warn("telling {} that the export failed did not work either: {}", owner, e.toString());
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("could not delete the export's temporary file {}: {}", file, e.toString());
        }
    }
}
