package ailog.scheduling;

import ailog.app.outbox.Tick;
import ailog.persistence.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Quartz, ticking once a minute (and once at start, to catch up after a stop). Beside SQLite, one instance keeps its
 * trigger in memory; on PostgreSQL every instance shares Quartz's tables in the one database ({@link SharedStore}),
 * so each tick runs on one live instance and moves to another when that one dies.
 */
public final class Scheduler implements AutoCloseable {
    /** Every instance of a cluster uses this name: it is how they find each other's rows. */
    static final String NAME = "ailog";
    private static final Duration EVERY = Duration.ofMinutes(1);
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final org.quartz.Scheduler quartz;

    private Scheduler(org.quartz.Scheduler quartz) {
        this.quartz = quartz;
    }

    /** Starts ticking on the store the database calls for: in memory on SQLite, shared and clustered on PostgreSQL. */
    public static Scheduler start(Tick tick, Clock clock, Database database) {
        return start(tick, clock, database, EVERY, SharedStore.CHECK_IN);
    }

    /** As {@link #start(Tick, Clock, Database)}, ticking every {@code every} and checking in every {@code checkIn}. */
    static Scheduler start(Tick tick, Clock clock, Database database, Duration every, Duration checkIn) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", NAME);
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        if (database.isPostgres()) {
            properties.putAll(SharedStore.properties(database.dataSource(), checkIn));
        } else {
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        }
        try {
            org.quartz.Scheduler quartz = new StdSchedulerFactory(properties).getScheduler();
            // Quartz also files each scheduler under its name for the whole JVM and would hand a second start (a
            // restart, or a test's second instance) this one; we keep our own reference instead.
            SchedulerRepository.getInstance().remove(NAME);
            TickJob job = new TickJob(tick, clock);
            quartz.setJobFactory((TriggerFiredBundle bundle, org.quartz.Scheduler scheduler) -> job);
            JobDetail detail = JobBuilder.newJob(TickJob.class).withIdentity("tick").build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("every-minute").forJob(detail).startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(every.toMillis())
                            .repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            // Stored once for all instances: each start replaces what an earlier one stored, rather than failing.
            quartz.scheduleJob(detail, Set.of(trigger), true);
            quartz.start();
            return new Scheduler(quartz);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** Quartz itself, for tests that stop it as a crash would. */
    org.quartz.Scheduler quartz() {
        return quartz;
    }

    /**
     * Stops ticking and lets a tick in progress finish, waiting at most ten seconds: a tick that is waiting out
     * Slack's rate limit is cut off, and its message goes back in the queue once its claim is stale.
     */
    @Override
    public void close() {
        Thread stopper = new Thread(() -> {
            try {
                quartz.shutdown(true);
            } catch (SchedulerException e) {
                // stopping anyway
            }
        }, "scheduler-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
