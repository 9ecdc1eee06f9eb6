package ailog.persistence;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * jOOQ's own start (its data types for every dialect, its renderer: about a quarter of a short command's work) on
 * another core while this one sets up logging and opens the database. The thread that opens the database waits for
 * it before touching jOOQ itself: jOOQ's classes initialise one another, and two threads entering that from two
 * sides could wait on each other for good.
 */
public final class JooqWarmUp {
    private static Thread thread;

    private JooqWarmUp() {}

    /**
     * Starts the warm-up, for a command that opens the database next: its start is then shorter on a machine with a
     * core to spare. Nothing here sets up logging, so that this thread's start is not held up by it.
     */
    public static synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(JooqWarmUp::warm, "jooq-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warm() {
        try {
            DSL.using(SQLDialect.SQLITE).render(DSL.select(DSL.inline(1)).where(DSL.field("x").eq(DSL.val(1))));
        } catch (RuntimeException | LinkageError e) {
            // the database's own first use of jOOQ does the same work, and reports what fails
        }
    }

    /** Returns once the warm-up, if one was started, is over. */
    static void await() {
        Thread started;
        synchronized (JooqWarmUp.class) {
            started = thread;
        }
        if (started == null) {
            return;
        }
        try {
            started.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
