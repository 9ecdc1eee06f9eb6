package ailog.persistence;

import static ailog.persistence.generated.Tables.WORKFLOW;

import ailog.app.Workflows;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.persistence.generated.tables.records.WorkflowRecord;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;

/** The workflow catalog in SQLite. */
public final class JooqWorkflows implements Workflows {
    private final Database database;
    private final Clock clock;

    public JooqWorkflows(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<Workflow> all() {
        return database.read(dsl -> dsl.selectFrom(WORKFLOW)
                .orderBy(WORKFLOW.KEY)
                .fetch(JooqWorkflows::toWorkflow));
    }

    @Override
    public Optional<Workflow> find(String word) {
        return database.read(dsl -> dsl.selectFrom(WORKFLOW)
                .where(WORKFLOW.KEY.eq(word.toLowerCase(java.util.Locale.ROOT)))
                .or(DSL.lower(WORKFLOW.NAME).eq(DSL.lower(DSL.val(word))))
                .orderBy(DSL.when(WORKFLOW.KEY.eq(word), 0).otherwise(1))
                .limit(1)
                .fetchOptional(JooqWorkflows::toWorkflow));
    }

    @Override
    public boolean add(Workflow workflow) {
        return database.write(dsl -> dsl.insertInto(WORKFLOW)
                .set(WORKFLOW.KEY, workflow.key().value())
                .set(WORKFLOW.NAME, workflow.name())
                .set(WORKFLOW.ADDED_BY, workflow.addedBy())
                .set(WORKFLOW.ADDED_AT, clock.millis())
                .onConflictDoNothing()
                .execute()) == 1;
    }

    private static Workflow toWorkflow(WorkflowRecord record) {
        return new Workflow(new WorkflowKey(record.getKey()), record.getName(), record.getAddedBy());
    }
}
