package ailog.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Why an output needed editing; each points at the part of the AI foundations to fix. */
public enum EditType {
    TONE("tone", "tone", Foundation.VOICE_GUIDE, List.of()),
    SCOPE("scope", "scope", Foundation.WORKFLOW_PROMPT, List.of()),
    FORMAT("format", "format", Foundation.OUTPUT_TEMPLATE, List.of()),
    MISSING_INFO("missing-info", "missing info", Foundation.CONTEXT_PACK, List.of("missing", "missing_info")),
    WRONG_INFO("wrong-info", "wrong info", Foundation.CONTEXT_PACK, List.of("wrong", "wrong_info", "incorrect"));

    /** Every key and alias, looked up on every typed log. */
    private static final Map<String, EditType> BY_WORD = byWord();

    private final String key;
    private final String label;
    private final Foundation fix;
    private final List<String> aliases;

    EditType(String key, String label, Foundation fix, List<String> aliases) {
        this.key = key;
        this.label = label;
        this.fix = fix;
        this.aliases = aliases;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The part of the AI foundations this kind of edit points at. */
    public Foundation fix() {
        return fix;
    }

    /** Every word that names this edit type: its key, then its aliases. */
    public Stream<String> words() {
        return Stream.concat(Stream.of(key), aliases.stream());
    }

    public static Optional<EditType> parse(String word) {
        return Optional.ofNullable(BY_WORD.get(word.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, EditType> byWord() {
        Map<String, EditType> byWord = new HashMap<>();
        for (EditType type : values()) {
            type.words().forEach(w -> byWord.putIfAbsent(w, type));
        }
        return Map.copyOf(byWord);
    }

    public static EditType fromKey(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("unknown edit type " + key));
    }
}
