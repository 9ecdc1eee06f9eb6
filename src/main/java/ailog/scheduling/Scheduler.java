package ailog.scheduling;

import ailog.app.outbox.Tick;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
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

    /**
     * Starts ticking: in memory when {@code shared} is empty (SQLite, one process), or clustered in the database
     * {@code shared} connects to (PostgreSQL, shared by every instance).
     */
    public static Scheduler start(Tick tick, Clock clock, Optional<DataSource> shared) {
        return start(tick, clock, shared, EVERY, SharedStore.CHECK_IN);
    }

    /** As {@link #start(Tick, Clock, Optional)}, ticking every {@code every} and checking in every {@code checkIn}. */
    static Scheduler start(Tick tick, Clock clock, Optional<DataSource> shared, Duration every, Duration checkIn) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", NAME);
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        if (shared.isPresent()) {
            properties.putAll(SharedStore.properties(shared.get(), checkIn));
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
            storeOnce(quartz, detail, trigger);
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
     * Stores the tick once for all instances. A start never replaces what another instance stored: replacing a
     * trigger that is firing would let this instance fire it again at once, two ticks side by side.
     */
    private static void storeOnce(org.quartz.Scheduler quartz, JobDetail detail, Trigger trigger)
            throws SchedulerException {
        if (quartz.checkExists(detail.getKey())) {
            return;
        }
        try {
            quartz.scheduleJob(detail, Set.of(trigger), false);
        } catch (ObjectAlreadyExistsException e) {
            // another instance stored it in the meantime: theirs serves all
        }
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
