package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.AlwaysOnPostgres;
import ailog.persistence.Database;
import ailog.testing.BotProcess;
import ailog.testing.EveryKindOfRow;
import ailog.testing.PgTools;
import ailog.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} on PostgreSQL, run as its own process with the PATH an operator's machine might have: PostgreSQL's
 * own pg_dump writes the archive, and without it ailog says how to take one instead of pretending. Always on
 * PostgreSQL, so only in the first run of the suite.
 */
@AlwaysOnPostgres
class PostgresBackupTest {
    /** A backup of a small database takes a second or two, but the build machine may be busy. */
    private static final java.time.Duration PATIENCE = java.time.Duration.ofMinutes(2);

    @TempDir
    Path folder;

    private String database;
    private Path target;

    @BeforeEach
    void aDatabaseWithRuns() {
        database = TestDatabase.emptyPostgres();
        try (Database opened = Database.open(database)) {
            EveryKindOfRow.into(opened, 0);
        }
        target = folder.resolve("backups/ailog.dump");
    }

    private BotProcess backup(String path, Map<String, String> more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("AILOG_DB", database, "PATH", path));
        env.putAll(more);
        return BotProcess.start(env, "backup", target.toString());
    }

    @Test
    void withPgDumpOnThePathTheBackupIsACustomFormatArchiveThatPgRestoreLists() {
        BotProcess backup = backup(PgTools.path(), Map.of());
        int exit = backup.awaitExit(PATIENCE);

        if (PgTools.find("pg_dump").isEmpty()) {
            assertThat(exit).isEqualTo(1);
            assertSaysToUsePgDump(backup);
            return;
        }
        assertThat(exit).as(backup.output().toString()).isEqualTo(0);
        assertThat(backup.output()).anyMatch(line -> line.startsWith("backed up " + database + " with pg_dump to "
                + target + " (") && line.contains(" bytes, custom format: pg_restore --list " + target));
        PgTools.Ran listed = PgTools.list(target);
        assertThat(listed.exit()).as(listed.output()).isEqualTo(0);
        assertThat(listed.output()).contains("Format: CUSTOM").contains("TABLE DATA public run ")
                .contains("TABLE DATA public enrollment ").contains("TABLE DATA public outbox ");
        assertNoPartialFiles();
    }

    @Test
    void withoutPgDumpTheBackupSaysToUsePgDumpWithACommandForThisDatabaseAndWritesNothing() throws Exception {
        Path bare = Files.createDirectories(folder.resolve("bin"));

        BotProcess backup = backup(bare.toString(), Map.of());

        assertThat(backup.awaitExit(PATIENCE)).isEqualTo(1);
        assertSaysToUsePgDump(backup);
        assertThat(target).doesNotExist();
        assertNoPartialFiles();
    }

    @Test
    void aFailingPgDumpIsReportedInItsOwnWordsWithItsExitCodeAndLeavesNoFile() throws Exception {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path called = folder.resolve("called.txt");
        PgTools.script(bin, "pg_dump", "echo \"$@\" > " + called + "\necho \"password=$PGPASSWORD\" >> " + called
                + "\necho 'pg_dump: error: connection to server failed: FATAL:  too many connections' >&2\nexit 1");

        BotProcess backup = backup(bin.toString(), Map.of("AILOG_DB_PASSWORD", "s3cret"));

        assertThat(backup.awaitExit(PATIENCE)).isEqualTo(1);
        assertThat(backup.output()).anyMatch(line -> line.equals("cannot back up to " + target + ": pg_dump failed"
                + " (exit code 1): pg_dump: error: connection to server failed: FATAL:  too many connections"));
        assertThat(backup.output()).noneMatch(line -> line.contains("s3cret"));
        List<String> call = Files.readAllLines(called);
        String name = database.substring(database.lastIndexOf('/') + 1, database.indexOf('?'));
        assertThat(call.get(0)).startsWith("--format=custom --no-password --file=" + target.getParent() + "/.")
                .endsWith(" --host=127.0.0.1 --port=" + port() + " --username=postgres --dbname=" + name);
        assertThat(call.get(1)).isEqualTo("password=s3cret");
        assertThat(target).doesNotExist();
        assertNoPartialFiles();
    }

    private void assertSaysToUsePgDump(BotProcess backup) {
        String name = database.substring(database.lastIndexOf('/') + 1, database.indexOf('?'));
        assertThat(backup.output()).anyMatch(line -> line.startsWith("cannot back up to " + target + ": pg_dump could"
                + " not be started (") && line.contains("A PostgreSQL database is backed up with PostgreSQL's own"
                + " pg_dump: install the PostgreSQL client tools so that pg_dump is on the PATH")
                && line.endsWith("e.g.: pg_dump --format=custom --file=ailog.dump --host=127.0.0.1 --port=" + port()
                + " --username=postgres --dbname=" + name));
        assertThat(backup.output()).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
    }

    private String port() {
        return database.replaceAll("^jdbc:postgresql://127\\.0\\.0\\.1:(\\d+)/.*$", "$1");
    }

    private void assertNoPartialFiles() {
        if (!Files.isDirectory(target.getParent())) {
            return;
        }
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
