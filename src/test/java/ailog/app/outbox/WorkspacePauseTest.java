package ailog.app.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** While one sender waits out the workspace's Retry-After, no other sender posts. */
class WorkspacePauseTest {

    @Test
    void otherSendersWaitUntilTheRetryAfterIsOver() throws Exception {
        CountDownLatch sleeping = new CountDownLatch(1);
        CountDownLatch retryAfterOver = new CountDownLatch(1);
        WorkspacePause pause = new WorkspacePause(duration -> {
            sleeping.countDown();
            await(retryAfterOver);
        });

        CompletableFuture<Void> limited = CompletableFuture.runAsync(() -> pause.pauseFor(Duration.ofSeconds(2)));
        await(sleeping);
        CompletableFuture<Void> other = CompletableFuture.runAsync(pause::awaitOpen);

        assertThat(other).isNotDone();
        retryAfterOver.countDown();
        other.get(10, TimeUnit.SECONDS);
        limited.get(10, TimeUnit.SECONDS);
    }

    @Test
    void withNoPauseSendersGoStraightOn() {
        new WorkspacePause(duration -> { }).awaitOpen();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
