package ailog.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Slack's request signature over the raw body bytes, so the check never depends on the JVM's default
 * charset (Bolt's own check does).
 */
public final class SlackSignature {
    private static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Clock clock;

    public SlackSignature(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public boolean isValid(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !isFresh(timestamp)) {
            return false;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp, body))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    private boolean isFresh(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp.strip());
            return Math.abs(clock.instant().getEpochSecond() - seconds) <= REPLAY_WINDOW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
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
