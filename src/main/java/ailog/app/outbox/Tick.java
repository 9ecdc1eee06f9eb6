package ailog.app.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One turn of the clock: plan what is due, then send it. The scheduler and {@code tick --at} both run this. */
public final class Tick {
    /** A claim older than this was cut off by a crash: its message goes back in the queue. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    /** What one tick did. */
    public record Done(int planned, int sent) {}

    private final PlanDueMessages planner;
    private final SendDueMessages sender;
    private final Outbox outbox;
    private final List<Planner> more;

    /** More planning each tick, beyond the schedule of enrollments and reports. */
    @FunctionalInterface
    public interface Planner {
        /** Plans what is due by {@code now}; returns how many messages were new to the outbox. */
        int planDueBy(Instant now);
    }

    public Tick(PlanDueMessages planner, SendDueMessages sender, Outbox outbox) {
        this(planner, sender, outbox, List.of());
    }

    public Tick(PlanDueMessages planner, SendDueMessages sender, Outbox outbox, List<Planner> more) {
        this.planner = planner;
        this.sender = sender;
        this.outbox = outbox;
        this.more = List.copyOf(more);
    }

    public synchronized Done run(Instant now) {
        outbox.releaseClaimsBefore(now.minus(STALE_CLAIM));
        int planned = planner.planDueBy(now);
        for (Planner extra : more) {
            planned += extra.planDueBy(now);
        }
        return new Done(planned, sender.sendDueBy(now));
    }
}
