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

    /** A typed word: the key in any case, with a dash or an underscore. */
    public static Optional<Foundation> parseTyped(String word) {
        return parse(word.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** Every key, in the order people think of them. */
    public static java.util.List<String> keys() {
        return java.util.List.of("voice-guide", "context-pack", "workflow-prompt", "output-template", "training");
    }
}
