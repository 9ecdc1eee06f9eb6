package ailog.app.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One turn of the clock: plan what is due, then send it. The scheduler and {@code tick --at} both run this. What is
 * due follows the instant given (a catch-up tick may play one in the past); claims follow the real clock, so a
 * catch-up tick never looks like a crashed one to a running bot.
 */
public final class Tick {
    /** A claim older than this was cut off by a crash: its message goes back in the queue. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(10);

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
        Instant claimedAt = real.instant();
        outbox.releaseClaimsBefore(claimedAt.minus(STALE_CLAIM));
        int planned = planner.planDueBy(now);
        for (Planner extra : more) {
            planned += extra.planDueBy(now);
        }
        return new Done(planned, sender.sendDueBy(now, claimedAt));
    }
}
