package ailog.slack;

import ailog.app.MemberDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks about many users at once on a bounded pool, each call with its own deadline, and keeps the profiles it found
 * for a few minutes, so a cohort of hundreds is checked in seconds and checked again at once.
 */
public final class ConcurrentMemberDirectory implements MemberDirectory {
    /** Long enough for an owner to fix a typo and enroll again; short enough that a deactivation shows soon. */
    static final Duration KEEP = Duration.ofMinutes(10);
    static final Duration PER_CALL = Duration.ofSeconds(5);
    /** The reply goes to a response URL that stays usable for 30 minutes; a minute is plenty. */
    static final Duration ALL_CALLS = Duration.ofSeconds(60);

    private record Kept(Profile profile, Instant until) {}

    private final MemberDirectory oneByOne;
    private final Executor pool;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** {@code pool} bounds how many calls run at once: Slack limits {@code users.info} per minute. */
    public ConcurrentMemberDirectory(MemberDirectory oneByOne, Executor pool, Clock clock) {
        this.oneByOne = oneByOne;
        this.pool = pool;
        this.clock = clock;
    }

    @Override
    public Lookup lookUp(String userId) {
        return lookUpAll(List.of(userId)).get(userId);
    }

    @Override
    public Map<String, Lookup> lookUpAll(List<String> userIds) {
        Map<String, CompletableFuture<Lookup>> pending = new LinkedHashMap<>();
        userIds.forEach(userId -> pending.computeIfAbsent(userId, this::start));
        try {
            CompletableFuture.allOf(pending.values().toArray(CompletableFuture[]::new))
                    .get(ALL_CALLS.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // whoever is still unanswered is reported as failed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, Lookup> answers = new LinkedHashMap<>();
        pending.forEach((userId, answer) -> {
            answer.complete(new Failed("Slack did not answer in time"));
            answers.put(userId, answer.join());
        });
        return answers;
    }

    private CompletableFuture<Lookup> start(String userId) {
        Kept known = kept.get(userId);
        if (known != null && clock.instant().isBefore(known.until())) {
            return CompletableFuture.completedFuture(new Found(known.profile()));
        }
        CompletableFuture<Lookup> answer = new CompletableFuture<>();
        try {
            pool.execute(() -> call(userId, answer));
        } catch (RejectedExecutionException e) {
            answer.complete(new Failed("ailog is stopping"));
        }
        return answer;
    }

    private void call(String userId, CompletableFuture<Lookup> answer) {
        if (answer.isDone()) {
            return; // the whole check ran out of time while this call waited for a thread
        }
        // the deadline starts when the call does, not while it waits behind others
        answer.completeOnTimeout(new Failed("Slack did not answer within " + PER_CALL.toSeconds() + " seconds"),
                PER_CALL.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Lookup lookup = oneByOne.lookUp(userId);
            if (lookup instanceof Found found) {
                kept.put(userId, new Kept(found.profile(), clock.instant().plus(KEEP)));
            }
            answer.complete(lookup);
        } catch (RuntimeException e) {
            answer.complete(new Failed("the lookup broke: " + e.getMessage()));
        }
    }
}
