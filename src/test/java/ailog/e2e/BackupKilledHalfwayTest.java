package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.SqliteOnly;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.testing.BotProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} killed with {@code kill -9} while it writes: the backup's name holds a complete database or
 * nothing, never half a file an operator would later restore from.
 */
@SqliteOnly
class BackupKilledHalfwayTest {
    private static final int RUNS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aBackupKilledWhileWritingLeavesNoHalfFileUnderItsName() throws Exception {
        Path live = dir.resolve("ailog.db");
        try (Database database = Database.open(live.toString())) {
            new JooqWorkflows(database, Clock.systemUTC()).add(new Workflow(new WorkflowKey("proposal"), "Proposal",
                    "U0OWNER01"));
            List<NewRun> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                runs.add(new NewRun("U0MEMBER1", new WorkflowKey("proposal"), Outcome.AS_IS, Optional.empty(),
                        LocalDate.parse("2026-11-02").plusDays(i % 20), ("a long note " + i + " ").repeat(50),
                        Instant.EPOCH, LogSource.IMPORT, Optional.empty()));
            }
            new JooqRuns(database).saveAll(runs);
        }
        Path target = dir.resolve("backups/ailog-backup.db");

        BotProcess backup = BotProcess.start(Map.of("AILOG_DB", live.toString()), "backup", target.toString());
        awaitWritingBegun(target.getParent());
        backup.kill();
        backup.awaitExit();

        if (Files.exists(target)) {
            assertThat(runsIn(target)).as("a backup under its final name is complete").isEqualTo(RUNS);
        }
        assertThat(runsIn(live)).isEqualTo(RUNS);
    }

    /** Waits until some file in the backup's folder has bytes in it: the copy is under way. */
    private static void awaitWritingBegun(Path folder) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.anyMatch(f -> f.toFile().length() > 0)) {
                        return;
                    }
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the backup never started writing");
    }

    /** The runs a database file holds, or -1 when it is not a whole database. */
    private static int runsIn(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = connection.createStatement();
                ResultSet check = sql.executeQuery("pragma integrity_check")) {
            check.next();
            if (!check.getString(1).equals("ok")) {
                return -1;
            }
            try (ResultSet count = sql.executeQuery("select count(*) from run")) {
                count.next();
                return count.getInt(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }
}
