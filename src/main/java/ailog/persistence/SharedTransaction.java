package ailog.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.exception.DataAccessException;

/**
 * The transaction that the writes waiting in {@link GroupCommit} share. Each write runs alone inside it (see
 * {@link Engine#alone}), so one that fails is undone by itself and the others commit. A write the database refused
 * only because another instance's transaction crossed it (a deadlock) runs again in a transaction of its own once
 * this one has committed and so let the other go on.
 */
final class SharedTransaction implements GroupCommit.Transaction {
    /** How many transactions a write crossed again and again is tried in before its caller hears of it. */
    private static final int ROUNDS = 3;

    private final Engine engine;
    private final Connections connections;
    private final ReentrantLock writeLock;

    SharedTransaction(Engine engine, Connections connections, ReentrantLock writeLock) {
        this.engine = engine;
        this.connections = connections;
        this.writeLock = writeLock;
    }

    @Override
    public void run(List<GroupCommit.Pending<?>> writes) {
        List<GroupCommit.Pending<?>> left = writes;
        for (int round = 1; !left.isEmpty(); round++) {
            left = commit(left, round < ROUNDS);
        }
    }

    /** Commits the writes in one transaction, each caller told once it has; returns the writes to run again. */
    private List<GroupCommit.Pending<?>> commit(List<GroupCommit.Pending<?>> writes, boolean mayRetry) {
        writeLock.lock();
        try {
            List<GroupCommit.Pending<?>> again = new ArrayList<>();
            List<Runnable> outcomes = connections.writing(session -> {
                Connection connection = session.connection();
                List<Runnable> results = new ArrayList<>(writes.size());
                try {
                    connection.setAutoCommit(false);
                    for (GroupCommit.Pending<?> write : writes) {
                        results.add(attempt(session, write, mayRetry ? again : null));
                    }
                    connection.commit();
                } catch (SQLException e) {
                    rollBack(connection);
                    throw e;
                } finally {
                    autoCommit(connection);
                }
                return results;
            });
            outcomes.forEach(Runnable::run);
            return again;
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs one write; what to tell its caller once the transaction has committed. A write crossed by another
     * instance goes into {@code again} instead, when given.
     */
    private <T> Runnable attempt(Session session, GroupCommit.Pending<T> write, List<GroupCommit.Pending<?>> again) {
        try {
            T value = engine.alone(session.connection(), () -> write.work().apply(session.prepared()));
            return () -> write.result().complete(value);
        } catch (SQLException | RuntimeException e) {
            if (again != null && crossed(e)) {
                again.add(write);
                return () -> {};
            }
            DataAccessException failure =
                    e instanceof DataAccessException d ? d : new DataAccessException(e.getMessage(), e);
            return () -> write.result().completeExceptionally(failure);
        }
    }

    private boolean crossed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && engine.crossedByAnother(sql)) {
                return true;
            }
        }
        return false;
    }

    private static void rollBack(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the commit's own failure is what the callers hear about
        }
    }

    private static void autoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }
}
