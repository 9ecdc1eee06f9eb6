package ailog.persistence;

import java.sql.SQLException;

/** Where a {@link Database}'s sessions come from: kept open (SQLite) or borrowed from a pool (PostgreSQL). */
interface Connections extends AutoCloseable {

    /** Work on a session that writes, used by one thread at a time. */
    @FunctionalInterface
    interface SessionWork<T> {
        T apply(Session session) throws SQLException;
    }

    <T> T writing(SessionWork<T> work) throws SQLException;

    <T> T reading(SessionWork<T> work) throws SQLException;

    @Override
    void close();
}
