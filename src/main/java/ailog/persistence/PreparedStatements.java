package ailog.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements one connection keeps prepared, so SQLite parses and plans each SQL text once rather than on every
 * call. Used by one thread at a time, as its connection is.
 */
public final class PreparedStatements {
    private final Connection connection;
    private final Map<String, PreparedStatement> bySql = new HashMap<>();

    PreparedStatements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared on first use, its parameters cleared. */
    public PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = bySql.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            bySql.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    void close() {
        for (PreparedStatement statement : bySql.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the connection closes next; nothing to save
            }
        }
        bySql.clear();
    }
}
