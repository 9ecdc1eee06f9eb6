package ailog.cli;

import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A real database (an SQLite file, or PostgreSQL on that run of the suite) with the real runs and catalog adapters, at a fixed clock, for the command-line tests. */
final class TestStore implements AutoCloseable {
    static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final Database database;
    final JooqRuns runs;
    final JooqWorkflows workflows;

    private TestStore(String location) {
        database = Database.open(location);
        runs = new JooqRuns(database);
        workflows = new JooqWorkflows(database, CLOCK);
    }

    /** A new database: the file, or on the PostgreSQL run a fresh database on the test server. */
    static TestStore at(Path file) {
        return new TestStore(TestDatabase.onPostgres() ? TestDatabase.fresh(file.getParent()) : file.toString());
    }

    /** The database already at {@code location} (a file path or a JDBC URL). */
    static TestStore of(String location) {
        return new TestStore(location);
    }

    TestStore withWorkflows(String... keys) {
        for (String key : keys) {
            workflows.add(new Workflow(new WorkflowKey(key), "The " + key, "U0OWNER"));
        }
        return this;
    }

    List<Run> allRuns() {
        List<Run> all = new ArrayList<>();
        runs.forEach(all::add);
        return all;
    }

    @Override
    public void close() {
        database.close();
    }
}
