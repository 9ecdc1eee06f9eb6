package ailog.slack.commands;

import ailog.app.WorkflowLookup;
import ailog.domain.Outcome;
import ailog.domain.WorkflowPhrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The start of a typed run: its workflow in one word or several ("status update as-is"), joined into one word for
 * the parser, or a first word that names nothing and has no outcome after it, which is not a run at all.
 */
final class LogLine {
    /** What the line starts with. */
    sealed interface Start {}

    /** Text for the parser, the workflow first as one word; {@code known} when that word is a catalog key. */
    record Run(String text, Optional<String> known) implements Start {}

    /** A first word that is no workflow, with no outcome after it: likely a command that does not exist. */
    record Stray(String word) implements Start {}

    private LogLine() {}

    static Start read(String text, WorkflowLookup lookup) {
        List<String> words = firstWords(text, WorkflowPhrase.MAX_WORDS + 1);
        Optional<WorkflowPhrase.Match> named = lookup.named(words);
        if (named.isPresent()) {
            String key = named.get().workflow().key().value();
            return new Run(joined(text, named.get().words(), key), Optional.of(key));
        }
        for (int n = 1; n < words.size() && n <= WorkflowPhrase.MAX_WORDS; n++) {
            if (Outcome.parse(words.get(n)).isPresent()) {
                // An unknown workflow of several words is looked up, suggested and added as one key.
                String typed = n == 1 ? words.get(0) : WorkflowPhrase.slug(String.join(" ", words.subList(0, n)));
                return new Run(joined(text, n, typed), Optional.empty());
            }
        }
        return new Stray(words.isEmpty() ? "" : words.get(0));
    }

    private static List<String> firstWords(String text, int limit) {
        Words words = new Words(text);
        List<String> first = new ArrayList<>();
        for (Optional<String> w = words.next(); w.isPresent() && first.size() < limit; w = words.next()) {
            first.add(w.get());
        }
        return first;
    }

    /** {@code workflow} in place of the first {@code count} words, the rest (notes included) as typed. */
    private static String joined(String text, int count, String workflow) {
        Words words = new Words(text);
        for (int i = 0; i < count; i++) {
            words.next();
        }
        return (workflow + " " + words.rest()).strip();
    }
}
