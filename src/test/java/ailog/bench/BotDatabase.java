package ailog.bench;

import static ailog.persistence.generated.Tables.RUN;

import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The bots' database, an SQLite file or a PostgreSQL URL, opened only while no bot runs: seeded, then counted. */
final class BotDatabase {
    static final String WORKFLOW = "proposal";

    private final String location;

    BotDatabase(String location) {
        this.location = location;
    }

    /** {@code AILOG_DB}'s value. */
    String location() {
        return location;
    }

    /** Puts the benchmark's workflow in the catalog, so every log is stored rather than asked about. */
    void seed() {
        try (Database database = Database.open(location)) {
            new JooqWorkflows(database, Clock.systemUTC())
                    .add(new Workflow(new WorkflowKey(WORKFLOW), "Proposal", "U0OWNER01"));
        }
    }

    /** How many stored runs carry each note: a benchmark that gives every log its own note finds each one here. */
    Map<String, Integer> runsByNotes() {
        Map<String, Integer> byNotes = new HashMap<>();
        try (Database database = Database.open(location)) {
            new JooqRuns(database).forEach(run -> byNotes.merge(run.notes(), 1, Integer::sum));
        }
        return byNotes;
    }

    long countRuns() {
        try (Database database = Database.open(location)) {
            return database.read(dsl -> dsl.fetchCount(RUN));
        }
    }
}
