package ailog.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Slack's request signature over the raw body bytes, so the check never depends on the JVM's default
 * charset (Bolt's own check does), and refuses a request this instance already accepted (a replay).
 */
public final class SlackSignature {
    private static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;
    private final SeenSignatures seen = new SeenSignatures(REPLAY_WINDOW.toSeconds());

    public SlackSignature(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Signed by Slack with our secret, within the replay window, and not seen before by this instance. */
    public boolean isValid(String timestamp, String signature, byte[] body) {
        long now = clock.instant().getEpochSecond();
        OptionalLong seconds = seconds(timestamp);
        if (seconds.isEmpty() || signature == null || Math.abs(now - seconds.getAsLong()) > REPLAY_WINDOW.toSeconds()) {
            return false;
        }
        byte[] hmac = hmac(timestamp, body);
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))
                && seen.firstTime(ByteBuffer.wrap(hmac).getLong(), seconds.getAsLong(), now);
    }

    private static OptionalLong seconds(String timestamp) {
        try {
            return timestamp == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
