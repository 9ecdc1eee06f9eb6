package ailog.domain;

import ailog.domain.metrics.CloseMatches;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which workflow the first words of a line name, in one word or several: "status update" names the key
 * {@code status-update} and "client proposal" the display name "Client proposal".
 */
public final class WorkflowPhrase {
    /** Display names are a few words; a longer phrase is never looked for. */
    public static final int MAX_WORDS = 6;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The workflow named, and how many of the words its name took. */
    public record Match(Workflow workflow, int words) {}

    private WorkflowPhrase() {}

    /**
     * The workflow the first words name, taking as many words as possible; a match that leaves an outcome after it
     * wins over a longer one that swallows the outcome ("Proposal ok" beside "proposal" in "proposal ok").
     */
    public static Optional<Match> longest(List<Workflow> catalog, List<String> words) {
        int most = Math.min(MAX_WORDS, words.size());
        // Only phrases that end before an outcome are tried first: the common line costs one catalog lookup.
        for (int n = Math.min(most, words.size() - 1); n >= 1; n--) {
            if (Outcome.parse(words.get(n)).isPresent()) {
                Optional<Match> match = match(catalog, words, n);
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        for (int n = most; n >= 1; n--) {
            Optional<Match> match = match(catalog, words, n);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** The keys of the workflows whose key or display name is closest to what was typed, best first. */
    public static List<String> closest(String typed, List<Workflow> catalog, int limit) {
        Map<String, String> keyByCandidate = new LinkedHashMap<>();
        catalog.forEach(w -> keyByCandidate.putIfAbsent(w.key().value(), w.key().value()));
        catalog.forEach(w -> keyByCandidate.putIfAbsent(slug(w.name()), w.key().value()));
        return CloseMatches.of(slug(typed), keyByCandidate.keySet(), Integer.MAX_VALUE).stream()
                .map(keyByCandidate::get)
                .distinct()
                .limit(limit)
                .toList();
    }

    /** Words as a key would spell them: lower case, joined by dashes. */
    public static String slug(String words) {
        return String.join("-", SPACES.split(words.strip().toLowerCase(Locale.ROOT)));
    }

    private static Optional<Match> match(List<Workflow> catalog, List<String> words, int count) {
        String typed = slug(String.join(" ", words.subList(0, count)));
        return catalog.stream().filter(w -> w.key().value().equals(typed)).findFirst()
                .or(() -> catalog.stream().filter(w -> slug(w.name()).equals(typed)).findFirst())
                .map(w -> new Match(w, count));
    }
}
