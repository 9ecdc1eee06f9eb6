package ailog.app.outbox;

import java.time.Duration;
import java.time.Instant;

/** One turn of the clock: plan what is due, then send it. The scheduler and {@code tick --at} both run this. */
public final class Tick {
    /** A claim older than this was cut off by a crash: its message goes back in the queue. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    /** What one tick did. */
    public record Done(int planned, int sent) {}

    private final PlanDueMessages planner;
    private final SendDueMessages sender;
    private final Outbox outbox;

    public Tick(PlanDueMessages planner, SendDueMessages sender, Outbox outbox) {
        this.planner = planner;
        this.sender = sender;
        this.outbox = outbox;
    }

    public synchronized Done run(Instant now) {
        outbox.releaseClaimsBefore(now.minus(STALE_CLAIM));
        int planned = planner.planDueBy(now);
        return new Done(planned, sender.sendDueBy(now));
    }
}
