package ailog.persistence;

import java.util.Arrays;
import java.util.List;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * A table to copy. A later reference is a column that refers to rows of the same table (an enrollment to the one
 * that replaced it, a newer one): it is copied empty, and set once every row of the table is in.
 */
final class CopiedTable {
    private final Table<?> table;
    private TableField<?, Long> id;
    private TableField<?, Long> later;
    private boolean seeded;

    CopiedTable(Table<?> table) {
        this.table = table;
    }

    CopiedTable laterReference(TableField<?, Long> id, TableField<?, Long> reference) {
        this.id = id;
        this.later = reference;
        return this;
    }

    /** The migrations put rows in it (health's one row): they are replaced by the source's, not refused. */
    CopiedTable seeded() {
        this.seeded = true;
        return this;
    }

    Table<?> table() {
        return table;
    }

    boolean isSeeded() {
        return seeded;
    }

    /** The table's name as {@code dsl}'s database quotes it. */
    String quotedName(DSLContext dsl) {
        return dsl.render(DSL.name(table.getName()));
    }

    /** Every column, in the table's order, as {@code dsl}'s database quotes them. */
    List<String> quotedColumns(DSLContext dsl) {
        return Arrays.stream(table.fields()).map(field -> dsl.render(DSL.name(field.getName()))).toList();
    }

    /** {@code values}, the row's own, with a later reference left empty (set once the whole table is in). */
    Object[] withoutLaterReference(Record row, Object[] values) {
        if (later != null) {
            values[row.indexOf(later)] = null;
        }
        return values;
    }

    void setLaterReferences(DSLContext from, DSLContext into) {
        if (later == null) {
            return;
        }
        try (Cursor<Record2<Long, Long>> references = from.select(id, later)
                .from(table)
                .where(later.isNotNull())
                .orderBy(id)
                .fetchSize(DatabaseCopy.BATCH)
                .fetchLazy()) {
            while (references.hasNext()) {
                List<Query> updates = references.fetchNext(DatabaseCopy.BATCH).map(reference -> into.update(table)
                        .set(later, reference.value2())
                        .where(id.eq(reference.value1())));
                into.batch(updates).execute();
            }
        }
    }
}
