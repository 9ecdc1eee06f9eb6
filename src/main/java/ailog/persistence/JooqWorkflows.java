package ailog.persistence;

import static ailog.persistence.generated.Tables.WORKFLOW;

import ailog.app.Workflows;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.WorkflowPhrase;
import ailog.persistence.generated.tables.records.WorkflowRecord;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workflow catalog, kept in memory: it is small, read on every log, and changes rarely. A word the kept copy does
 * not know is looked up again at once, so a workflow another instance or an import just added is usable here at
 * once; the kept copy is re-read after a few seconds for anything else.
 */
public final class JooqWorkflows implements Workflows {
    private static final long KEEP_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    private record Cached(List<Workflow> workflows, long readAt) {}

    private final Database database;
    private final Clock clock;
    private volatile Cached cached;

    public JooqWorkflows(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<Workflow> all() {
        Cached cached = this.cached;
        if (cached == null || System.nanoTime() - cached.readAt() > KEEP_NANOS) {
            cached = rereadUnlessDone(cached);
        }
        return cached.workflows();
    }

    /**
     * Reads the catalog again, one thread at a time: callers that saw the same stale copy take the one fresh read
     * the first of them made, so a burst of logs (the first after a start) costs one query, not one each.
     */
    private synchronized Cached rereadUnlessDone(Cached seen) {
        Cached now = this.cached;
        return now != null && now != seen ? now : reread();
    }

    private synchronized Cached reread() {
        Cached cached = new Cached(database.read(dsl -> dsl.selectFrom(WORKFLOW)
                .orderBy(WORKFLOW.KEY)
                .fetch(JooqWorkflows::toWorkflow)), System.nanoTime());
        this.cached = cached;
        return cached;
    }

    @Override
    public Optional<Workflow> find(String word) {
        return find(all(), word).or(() -> find(reread().workflows(), word));
    }

    /**
     * By key, or by display name as a line names it ("Daily standup notes", or joined into one word by the parser
     * when the kept copy did not know it yet: "daily-standup-notes").
     */
    private static Optional<Workflow> find(List<Workflow> catalog, String word) {
        String key = word.toLowerCase(Locale.ROOT);
        String named = WorkflowPhrase.slug(word);
        return catalog.stream().filter(w -> w.key().value().equals(key)).findFirst()
                .or(() -> catalog.stream().filter(w -> WorkflowPhrase.slug(w.name()).equals(named)).findFirst());
    }

    @Override
    public boolean add(Workflow workflow) {
        boolean added = database.write(dsl -> dsl.insertInto(WORKFLOW)
                .set(WORKFLOW.KEY, workflow.key().value())
                .set(WORKFLOW.NAME, workflow.name())
                .set(WORKFLOW.ADDED_BY, workflow.addedBy())
                .set(WORKFLOW.ADDED_AT, clock.millis())
                .onConflictDoNothing()
                .execute()) == 1;
        cached = null;
        return added;
    }

    private static Workflow toWorkflow(WorkflowRecord record) {
        return new Workflow(new WorkflowKey(record.getKey()), record.getName(), record.getAddedBy());
    }
}
