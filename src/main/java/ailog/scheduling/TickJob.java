package ailog.scheduling;

import ailog.app.outbox.Tick;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each minute: one tick at the clock's instant. The database decides what is due; this only drives the clock. It keeps
 * no state, and never runs twice at once: with the shared store not even on two instances, so a tick that outlasts
 * the minute delays the next rather than running beside it.
 */
@DisallowConcurrentExecution
public final class TickJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(TickJob.class);

    private final Tick tick;
    private final Clock clock;

    public TickJob(Tick tick, Clock clock) {
        this.tick = tick;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            Tick.Done done = tick.run(clock.instant());
            if (done.planned() > 0 || done.sent() > 0) {
                log.info("tick: {} messages planned, {} sent", done.planned(), done.sent());
            }
        } catch (RuntimeException e) {
            log.error("tick failed; the next one picks up where it stopped", e);
        }
    }
}
