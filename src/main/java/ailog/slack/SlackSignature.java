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

    /** What a request's signature says about it. */
    public enum Check {
        /** Signed by Slack with our secret, within the window, and new to this instance. */
        VALID,
        /** Signed, within the window, but accepted before: sent again by someone who captured it, or a retry. */
        SEEN_BEFORE,
        /** Not signed with our secret, or outside the window. */
        INVALID
    }

    public Check check(String timestamp, String signature, byte[] body) {
        long now = clock.instant().getEpochSecond();
        OptionalLong seconds = seconds(timestamp);
        if (seconds.isEmpty() || signature == null || Math.abs(now - seconds.getAsLong()) > REPLAY_WINDOW.toSeconds()) {
            return Check.INVALID;
        }
        byte[] hmac = hmac(timestamp, body);
        byte[] expected = header(hmac).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            return Check.INVALID;
        }
        return seen.firstTime(ByteBuffer.wrap(hmac).getLong(), seconds.getAsLong(), now) ? Check.VALID
                : Check.SEEN_BEFORE;
    }

    /** The {@code X-Slack-Signature} header Slack would send with this body: how the bot signs its own rehearsal. */
    public String sign(String timestamp, byte[] body) {
        return header(hmac(timestamp, body));
    }

    private static String header(byte[] hmac) {
        return "v0=" + HexFormat.of().formatHex(hmac);
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
