package ailog.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** One SQL statement without parameters (DDL, VACUUM) on a connection, for the engines and the bulk import. */
final class PlainSql {
    private PlainSql() {}

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
