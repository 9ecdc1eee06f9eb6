package ailog.domain;

import java.util.List;
import java.util.Set;

/** The words of the /ailog command, which can never be workflow keys. */
public final class CommandWords {
    private static final Set<String> WORDS = Set.of(
            "log", "undo", "me", "workflows", "help", "workflow", "enroll", "enrollments", "pause", "report",
            "export", "feedback", "unenroll", "fix", "fixes");

    private CommandWords() {}

    public static boolean contains(String word) {
        return WORDS.contains(word);
    }

    /** Every command word, sorted: what a mistyped word is compared with. */
    public static List<String> all() {
        return WORDS.stream().sorted().toList();
    }
}
