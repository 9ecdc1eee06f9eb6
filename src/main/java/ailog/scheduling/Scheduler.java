package ailog.scheduling;

import ailog.app.outbox.Tick;
import java.time.Clock;
import java.util.Properties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Quartz, ticking once a minute (and once at start, to catch up after a stop). */
public final class Scheduler implements AutoCloseable {
    private static final int EVERY_SECONDS = 60;
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final org.quartz.Scheduler quartz;

    private Scheduler(org.quartz.Scheduler quartz) {
        this.quartz = quartz;
    }

    public static Scheduler start(Tick tick, Clock clock) {
        try {
            Properties properties = new Properties();
            properties.setProperty("org.quartz.scheduler.instanceName", "ailog");
            properties.setProperty("org.quartz.threadPool.threadCount", "1");
            properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
            properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            org.quartz.Scheduler quartz = new StdSchedulerFactory(properties).getScheduler();
            TickJob job = new TickJob(tick, clock);
            quartz.setJobFactory((TriggerFiredBundle bundle, org.quartz.Scheduler scheduler) -> job);
            JobDetail detail = JobBuilder.newJob(TickJob.class).withIdentity("tick").build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("every-minute").startNow()
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(EVERY_SECONDS)
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            quartz.scheduleJob(detail, trigger);
            quartz.start();
            return new Scheduler(quartz);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * Stops ticking and lets a tick in progress finish, waiting at most ten seconds: a tick that is waiting out
     * Slack's rate limit is cut off, and its message goes back in the queue after the restart.
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
