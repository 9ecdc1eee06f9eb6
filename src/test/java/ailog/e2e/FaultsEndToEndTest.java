package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.TestDatabase;
import ailog.testing.RunningBot;
import ailog.testing.SignedRequests.SlackResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a deployment meets besides Slack: clients that trickle their bodies, and a database another process holds.
 * The bot keeps answering within Slack's time, drops the slow clients, and its health check tells the truth.
 */
class FaultsEndToEndTest {
    private static final Duration SLACKS_PATIENCE = Duration.ofMillis(2_500);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private RunningBot bot;

    @BeforeEach
    void start() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void clientsThatTrickleTheirBodiesHoldNoWorkerAndAreDropped() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 120; i++) {
                Socket socket = new Socket("127.0.0.1", bot.bot().port());
                OutputStream out = socket.getOutputStream();
                out.write(("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded"
                        + "\r\nContent-Length: 5000\r\n\r\nt").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }

            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                SlackResponse logged = bot.requests().slashCommand("U0MEMBER" + i, "proposal as-is");
                assertThat(logged.status()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SLACKS_PATIENCE);
            }
            assertThat(health().statusCode()).isEqualTo(200);
            assertThat(bot.storedRuns()).hasSize(5);

            for (Socket socket : slow) {
                socket.setSoTimeout(15_000);
                assertThat(closedOrAnswered(socket.getInputStream())).as("the server ended the slow request").isTrue();
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void healthFailsWhileAnotherProcessHoldsTheWriteLockAndRecoversAfter() throws Exception {
        assertThat(health().statusCode()).isEqualTo(200);
        try (TestDatabase.HeldLock held = TestDatabase.holdWrites(bot.databaseLocation())) {
            long started = System.nanoTime();
            HttpResponse<String> answer = health();
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("has not committed within");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(bot.requests().slashCommand("U0MEMBER1", "help").status()).isEqualTo(200);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = health().statusCode()) != 200) {
            Thread.onSpinWait();
        }
        assertThat(status).as("health after the lock is released").isEqualTo(200);
    }

    @Test
    void aLogTheDatabaseCannotConfirmInTimeIsAnsweredHonestlyAndConfirmedOnceItLands() throws Exception {
        String responseUrl;
        try (TestDatabase.HeldLock held = TestDatabase.holdWrites(bot.databaseLocation())) {
            long started = System.nanoTime();
            SlackResponse answer = bot.requests().slashCommand("U0MEMBER1", "proposal as-is");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SLACKS_PATIENCE);
            assertThat(answer.body()).contains("Still saving your run").contains("no need to log it again");
            responseUrl = bot.requests().lastResponseUrl();
        }
        var confirmed = bot.slack().awaitResponses(1, Duration.ofSeconds(15)).stream()
                .filter(post -> post.url().equals(responseUrl)).findFirst().orElseThrow();
        assertThat(confirmed.json()).contains("Logged").contains("Client proposal").contains("undo_run");
        assertThat(bot.storedRunsOf("U0MEMBER1")).hasSize(1);
    }

    @Test
    void aFailedTimeZoneLookupIsRetriedAfterMinutesNotADay() {
        bot.slack().setUserZone("U0AUCKLND", "Pacific/Auckland"); // 15:00 UTC on Friday is Saturday there
        // the scheduler's own tick looks up the owner's zone: done first, so the one failure is Auckland's
        bot.bot().services().memberClock().zoneOf(RunningBot.OWNER);
        bot.slack().failNextWithError("users.info", 1, "internal_error");
        bot.requests().slashCommand("U0AUCKLND", "proposal as-is");
        bot.clock().set(bot.clock().instant().plus(Duration.ofMinutes(6)));
        bot.requests().slashCommand("U0AUCKLND", "proposal as-is");

        assertThat(bot.storedRunsOf("U0AUCKLND")).extracting(r -> r.runDate().toString())
                .containsExactly("2026-11-27", "2026-11-28");
    }

    private HttpResponse<String> health() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(bot.baseUrl() + "/healthz")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** True once the server closed the connection or answered it (a 408), false if it kept waiting. */
    private static boolean closedOrAnswered(InputStream in) {
        try {
            in.read(); // -1 when closed, or the first byte of an answer
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }
}
