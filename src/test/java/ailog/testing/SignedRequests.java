package ailog.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends the app what Slack would send: realistic bodies, signed with the signing secret exactly as Slack signs. */
public final class SignedRequests {
    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";
    private static final Duration STALE_BY = Duration.ofMinutes(10);

    /** How {@link #send} signs a request. */
    public enum SignatureMode { GOOD, WRONG_SECRET, STALE, MISSING }

    /** The app's answer: HTTP status and body (JSON for a slash command's ack, possibly empty). */
    public record SlackResponse(int status, String body) {
        public JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    private final URI endpoint;
    private final String signingSecret;
    private final Supplier<String> responseUrls;
    private final Clock clock;
    private final SlackPayloads payloads;
    private final HttpClient http = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private volatile String lastResponseUrl;

    /** Signs with the system clock's time, as Slack would. */
    public SignedRequests(String endpointUrl, String signingSecret, Supplier<String> responseUrls) {
        this(endpointUrl, signingSecret, responseUrls, Clock.systemUTC());
    }

    /** Signs with {@code clock}'s time: pass the clock the app verifies timestamps with. */
    public SignedRequests(String endpointUrl, String signingSecret, Supplier<String> responseUrls, Clock clock) {
        this.endpoint = URI.create(endpointUrl);
        this.signingSecret = signingSecret;
        this.responseUrls = responseUrls;
        this.clock = clock;
        this.payloads = new SlackPayloads(clock);
    }

    public SlackPayloads payloads() {
        return payloads;
    }

    /** The response_url handed to the last slash command. */
    public String lastResponseUrl() {
        return lastResponseUrl;
    }

    public SlackResponse slashCommand(String userId, String text) {
        lastResponseUrl = responseUrls.get();
        return send(payloads.slashCommand(userId, text, lastResponseUrl), FORM, SignatureMode.GOOD);
    }

    /** A button press; {@code responseUrl} null means from the Home tab. */
    public SlackResponse blockAction(String userId, String actionId, String value, String responseUrl) {
        return interactive(payloads.blockAction(userId, actionId, value, responseUrl));
    }

    public SlackResponse staticSelectAction(String userId, String actionId, String selectedValue, String responseUrl) {
        return interactive(payloads.staticSelectAction(userId, actionId, selectedValue, responseUrl));
    }

    public SlackResponse viewSubmission(String userId, String callbackId, String privateMetadata,
            String stateValuesJson) {
        return interactive(payloads.viewSubmission(userId, callbackId, privateMetadata, stateValuesJson));
    }

    /** Any interaction payload, sent as {@code payload=<url-encoded JSON>}. */
    public SlackResponse interactive(String payloadJson) {
        return send(SlackPayloads.interactiveForm(payloadJson), FORM, SignatureMode.GOOD);
    }

    /** One event, wrapped in an {@code event_callback} envelope and sent as UTF-8 JSON. */
    public SlackResponse event(String eventJson) {
        return send(payloads.eventCallback(eventJson), JSON, SignatureMode.GOOD);
    }

    public SlackResponse appHomeOpened(String userId) {
        return event(payloads.appHomeOpened(userId));
    }

    public SlackResponse send(String body, String contentType, SignatureMode mode) {
        return send(body, contentType, mode, Map.of());
    }

    /** Sends raw bytes of {@code body} (UTF-8) with extra headers, e.g. {@code X-Slack-Retry-Num}. */
    public SlackResponse send(String body, String contentType, SignatureMode mode, Map<String, String> headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(request::header);
        if (mode != SignatureMode.MISSING) {
            long now = clock.instant().getEpochSecond();
            String timestamp = Long.toString(mode == SignatureMode.STALE ? now - STALE_BY.toSeconds() : now);
            String secret = mode == SignatureMode.WRONG_SECRET ? signingSecret + "-wrong" : signingSecret;
            request.header("X-Slack-Request-Timestamp", timestamp)
                    .header("X-Slack-Signature", sign(secret, timestamp, bytes));
        }
        try {
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                // the client reused a kept-alive connection the server had just closed: not one byte came back, and
                // Slack, too, sends again when a request gets no answer
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            return new SlackResponse(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError("the app did not answer " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while calling " + endpoint, e);
        }
    }

    /** {@code v0=} + hex HMAC-SHA256 of {@code v0:<timestamp>:<body>} keyed with the signing secret. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
