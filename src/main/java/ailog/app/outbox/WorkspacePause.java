package ailog.app.outbox;

import java.time.Duration;

/**
 * Slack's workspace-wide posting budget as the senders learn it: after a 429 that no one channel explains, the sender
 * that got it waits out its Retry-After and every other sender holds its next post until that wait is over.
 */
final class WorkspacePause {
    private final Sleeper sleeper;
    private int waiting;

    WorkspacePause(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** Waits {@code retryAfter}, holding every other sender's next post meanwhile. */
    void pauseFor(Duration retryAfter) {
        synchronized (this) {
            waiting++;
        }
        try {
            sleeper.sleep(retryAfter);
        } finally {
            synchronized (this) {
                waiting--;
                notifyAll();
            }
        }
    }

    /** Returns once no pause is in force. */
    synchronized void awaitOpen() {
        while (waiting > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
