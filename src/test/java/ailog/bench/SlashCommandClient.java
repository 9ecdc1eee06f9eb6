package ailog.bench;

import ailog.testing.SignedRequests;
import ailog.testing.SlackPayloads;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/** Sends one {@code /ailog} slash command to a server on 127.0.0.1, built and signed as Slack would. */
final class SlashCommandClient {
    /** The server's answer. */
    record Answer(int status, String body) {}

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final String signingSecret;
    private final Supplier<String> responseUrls;
    private final Clock clock = Clock.systemUTC();
    private final SlackPayloads payloads = new SlackPayloads(clock);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(TIMEOUT)
            .build();

    SlashCommandClient(int port, String signingSecret, Supplier<String> responseUrls) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.signingSecret = signingSecret;
        this.responseUrls = responseUrls;
    }

    Answer send(String userId, String text) throws IOException, InterruptedException {
        byte[] body = payloads.slashCommand(userId, text, responseUrls.get()).getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", SignedRequests.FORM)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", SignedRequests.sign(signingSecret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }
}
