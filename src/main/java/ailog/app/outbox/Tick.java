package ailog.app.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One turn of the clock: plan what is due, then send it. The scheduler and {@code tick --at} both run this, on any
 * number of instances sharing the database. What is due follows the instant given (a catch-up tick may play one in
 * the past); claims follow the real clock, so a catch-up tick never looks like a crashed one to a running bot.
 */
public final class Tick {
    /**
     * A claim older than this was cut off by a crash: its message goes back in the queue (and is looked for in the
     * DM before it is sent again). Twice the time a live instance may act on its claim, so one is never taken from
     * it: the margin covers a send already on the wire and machines whose clocks disagree by a few minutes.
     */
    static final Duration STALE_CLAIM = SendDueMessages.CLAIM_HELD.multipliedBy(2);

    /** What one tick did. */
    public record Done(int planned, int sent) {}

    private final PlanDueMessages planner;
    private final SendDueMessages sender;
    private final Outbox outbox;
    private final Clock real;
    private final List<Planner> more;

    /** More planning each tick, beyond the schedule of enrollments and reports. */
    @FunctionalInterface
    public interface Planner {
        /** Plans what is due by {@code now}; returns how many messages were new to the outbox. */
        int planDueBy(Instant now);
    }

    public Tick(PlanDueMessages planner, SendDueMessages sender, Outbox outbox, Clock real) {
        this(planner, sender, outbox, real, List.of());
    }

    public Tick(PlanDueMessages planner, SendDueMessages sender, Outbox outbox, Clock real, List<Planner> more) {
        this.planner = planner;
        this.sender = sender;
        this.outbox = outbox;
        this.real = real;
        this.more = List.copyOf(more);
    }

    public synchronized Done run(Instant now) {
        outbox.releaseClaimsBefore(real.instant().minus(STALE_CLAIM));
        int planned = planner.planDueBy(now);
        for (Planner extra : more) {
            planned += extra.planDueBy(now);
        }
        return new Done(planned, sender.sendDueBy(now, real));
    }
}
