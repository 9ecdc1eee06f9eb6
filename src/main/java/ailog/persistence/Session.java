package ailog.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** One connection, the jOOQ context over it and the statements it keeps prepared. */
record Session(Connection connection, DSLContext dsl, PreparedStatements prepared) {
    private static final Settings JOOQ_SETTINGS = new Settings().withExecuteLogging(false);

    Session(Connection connection, SQLDialect dialect) {
        this(connection, DSL.using(connection, dialect, JOOQ_SETTINGS), new PreparedStatements(connection));
    }

    void close() {
        prepared.close();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway; nothing to save
        }
    }
}
