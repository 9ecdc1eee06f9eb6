package ailog.slack.commands;

import ailog.slack.views.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Slack's 3-second acknowledgement safe for work of unknown length: the answer itself when the work is done
 * within the budget, otherwise a holding reply now and the answer through the follow-up when it is ready.
 */
public final class ReplyInTime {
    /** Leaves half of Slack's three seconds for the network and a busy machine. */
    public static final Duration BUDGET = Duration.ofMillis(1500);
    private static final Logger log = LoggerFactory.getLogger(ReplyInTime.class);

    private final Executor worker;
    private final Duration budget;

    public ReplyInTime(Executor worker, Duration budget) {
        this.worker = worker;
        this.budget = budget;
    }

    public Reply reply(Supplier<Reply> work, Reply holding, FollowUp followUp) {
        CompletableFuture<Reply> answer;
        try {
            answer = CompletableFuture.supplyAsync(work, worker);
        } catch (RejectedExecutionException e) {
            return Reply.of(":warning: ailog is too busy to take this right now, and nothing was stored. Please try"
                    + " again in a minute.");
        }
        try {
            return answer.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return failed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return later(answer, holding, followUp);
        } catch (TimeoutException e) {
            return later(answer, holding, followUp);
        }
    }

    private Reply later(CompletableFuture<Reply> answer, Reply holding, FollowUp followUp) {
        // asynchronously, so the follow-up never overtakes the acknowledgement it replaces
        answer.whenCompleteAsync((reply, error) -> followUp.send(reply != null ? reply : failed(error)), worker);
        return holding;
    }

    private static Reply failed(Throwable error) {
        log.warn("a command failed after its acknowledgement", error);
        return Reply.of(":x: That did not finish: something went wrong on ailog's side. Try again in a minute.");
    }
}
