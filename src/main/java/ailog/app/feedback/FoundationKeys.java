package ailog.app.feedback;

import ailog.domain.Foundation;
import java.util.Arrays;
import java.util.Optional;

/** The stored and button form of a foundation: its label with dashes, e.g. {@code context-pack}. */
public final class FoundationKeys {
    private FoundationKeys() {}

    public static String key(Foundation foundation) {
        return foundation.label().replace(' ', '-');
    }

    public static Optional<Foundation> parse(String key) {
        return Arrays.stream(Foundation.values()).filter(f -> key(f).equals(key)).findFirst();
    }
}
