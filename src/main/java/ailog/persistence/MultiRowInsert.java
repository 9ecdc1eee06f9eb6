package ailog.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Rows inserted {@link #ROWS_PER_INSERT} to a statement, the last few in a shorter one: a statement executed once per
 * row costs the database a step each (a driver's batch is no more than that on SQLite), and on SQLite the
 * constraints' set-up with it.
 */
final class MultiRowInsert implements Engine.RowLoader {
    static final int ROWS_PER_INSERT = 100;

    private final Connection connection;
    private final String insertInto;
    private final String row;
    private final int width;
    private final Object[][] pending = new Object[ROWS_PER_INSERT][];
    private final PreparedStatement full;
    private int count;
    private long loaded;

    MultiRowInsert(Connection connection, String table, List<String> columns) throws SQLException {
        this.connection = connection;
        this.insertInto = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        this.row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.width = columns.size();
        this.full = statement(ROWS_PER_INSERT);
    }

    @Override
    public void add(Object[] values) throws SQLException {
        pending[count++] = values;
        if (count == ROWS_PER_INSERT) {
            execute(full);
        }
    }

    @Override
    public long finish() throws SQLException {
        if (count > 0) {
            try (PreparedStatement rest = statement(count)) {
                execute(rest);
            }
        }
        return loaded;
    }

    @Override
    public void close() throws SQLException {
        full.close();
    }

    private PreparedStatement statement(int rows) throws SQLException {
        return connection.prepareStatement(insertInto + String.join(", ", Collections.nCopies(rows, row)));
    }

    private void execute(PreparedStatement insert) throws SQLException {
        for (int i = 0; i < count; i++) {
            Object[] values = pending[i];
            for (int column = 0; column < width; column++) {
                int parameter = i * width + column + 1;
                if (values[column] instanceof Long number) {
                    insert.setLong(parameter, number);
                } else {
                    insert.setString(parameter, (String) values[column]);
                }
            }
            pending[i] = null;
        }
        insert.executeUpdate();
        loaded += count;
        count = 0;
    }
}
