package ailog.bench;

import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.Database;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The bot's SQLite file, opened only while the bot is not running: seeded before, counted after. */
final class BotDatabase {
    static final String WORKFLOW = "proposal";

    private final Path file;

    BotDatabase(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Puts the benchmark's workflow in the catalog, so every log is stored rather than asked about. */
    void seed() {
        try (Database database = Database.open(file.toString())) {
            new JooqWorkflows(database, Clock.systemUTC())
                    .add(new Workflow(new WorkflowKey(WORKFLOW), "Proposal", "U0OWNER01"));
        }
    }

    /** How many stored runs carry each note: a benchmark that gives every log its own note finds each one here. */
    Map<String, Integer> runsByNotes() {
        Map<String, Integer> byNotes = new HashMap<>();
        try (Database database = Database.open(file.toString())) {
            new JooqRuns(database).forEach(run -> byNotes.merge(run.notes(), 1, Integer::sum));
        }
        return byNotes;
    }

    long countRuns() {
        AtomicLong runs = new AtomicLong();
        try (Database database = Database.open(file.toString())) {
            new JooqRuns(database).forEach(run -> runs.incrementAndGet());
        }
        return runs.get();
    }
}
