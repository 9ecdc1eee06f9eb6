package ailog.cli;

import static ailog.cli.NewRunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Run;
import ailog.testing.PgTools;
import ailog.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir
    Path dir;

    private TestStore store;
    private final Console console = new Console();

    @BeforeEach
    void openStore() {
        store = TestStore.at(dir.resolve("ailog.db")).withWorkflows("proposal");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private int backup(String... args) {
        return new Backup(new Backup.Source(store.database::backupTo, store.database.isPostgres(), store.database.url()),
                console.out, console.err).run(List.of(args));
    }

    @Test
    void the_copy_opens_as_a_database_with_the_runs_stored_so_far_while_another_thread_keeps_inserting()
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch someStored = new CountDownLatch(200);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; !stop.get(); i++) {
                store.runs.saveOnce(aRun().withNotes("run " + i).build());
                someStored.countDown();
            }
        });
        someStored.await();
        int storedBefore = store.allRuns().size();
        Path copy = dir.resolve("backups/ailog-copy.db");

        int exit = backup(copy.toString());
        stop.set(true);
        writer.get();

        if (TestDatabase.onPostgres() && PgTools.find("pg_dump").isEmpty()) {
            assertThat(exit).isEqualTo(1);
            assertThat(console.err()).contains("pg_dump could not be started").contains("e.g.: pg_dump");
            return;
        }
        assertThat(exit).as(console.err()).isEqualTo(0);
        assertThat(console.out()).startsWith(TestDatabase.onPostgres()
                ? "backed up " + store.database.url() + " with pg_dump to " + copy + " ("
                : "backed up the database to " + copy + " (");
        List<Run> all = store.allRuns();
        try (TestStore restored = restored(copy)) {
            List<Run> copied = restored.allRuns();
            assertThat(copied.size()).isBetween(storedBefore, all.size());
            assertThat(copied).isEqualTo(all.subList(0, copied.size()));
        }
    }

    /** The backup opened as a database: the SQLite file itself, or pg_dump's archive restored into a new one. */
    private static TestStore restored(Path backup) {
        if (!TestDatabase.onPostgres()) {
            return TestStore.at(backup);
        }
        String database = TestDatabase.emptyPostgres();
        PgTools.Ran restore = PgTools.restore(backup, database);
        assertThat(restore.exit()).as(restore.output()).isEqualTo(0);
        return TestStore.of(database);
    }

    @Test
    void an_existing_file_is_never_overwritten() throws Exception {
        Path existing = Files.writeString(dir.resolve("precious.db"), "keep me");

        assertThat(backup(existing.toString())).isEqualTo(1);

        assertThat(console.errLines()).containsExactly(
                "not backing up: " + existing + " already exists; choose a new file");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void wrong_arguments_print_the_usage_and_exit_with_2() {
        assertThat(backup()).isEqualTo(2);
        assertThat(backup("a.db", "b.db")).isEqualTo(2);

        assertThat(console.errLines()).containsOnly("usage: ailog backup FILE");
    }
}
