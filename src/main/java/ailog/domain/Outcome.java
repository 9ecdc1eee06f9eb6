package ailog.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How usable an AI workflow's output was; as-is and light-edit count as accepted. */
public enum Outcome {
    AS_IS("as-is", "as is", true, List.of("asis", "as_is", "used", "ok")),
    LIGHT_EDIT("light-edit", "light edit", true, List.of("light", "light_edit", "le", "minor")),
    HEAVY_EDIT("heavy-edit", "heavy edit", false, List.of("heavy", "heavy_edit", "he", "major")),
    NOT_USED("not-used", "not used", false, List.of("not_used", "unused", "none", "discarded", "rejected"));

    /** Every key and alias, looked up on every log (several times per typed line). */
    private static final Map<String, Outcome> BY_WORD = byWord();

    private final String key;
    private final String label;
    private final boolean accepted;
    private final List<String> aliases;

    Outcome(String key, String label, boolean accepted, List<String> aliases) {
        this.key = key;
        this.label = label;
        this.accepted = accepted;
        this.aliases = aliases;
    }

    public String key() {
        return key;
    }

    /** Words for people: "light edit". */
    public String label() {
        return label;
    }

    public boolean accepted() {
        return accepted;
    }

    /** Every outcome but as-is can say why the output needed work. */
    public boolean takesEditType() {
        return this != AS_IS;
    }

    /** The outcome a word names, by key or alias, ignoring case. */
    public static Optional<Outcome> parse(String word) {
        return Optional.ofNullable(BY_WORD.get(word.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Outcome> byWord() {
        Map<String, Outcome> byWord = new HashMap<>();
        for (Outcome outcome : values()) {
            byWord.putIfAbsent(outcome.key, outcome);
            outcome.aliases.forEach(alias -> byWord.putIfAbsent(alias, outcome));
        }
        return Map.copyOf(byWord);
    }

    public static Outcome fromKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("unknown outcome " + key));
    }
}
