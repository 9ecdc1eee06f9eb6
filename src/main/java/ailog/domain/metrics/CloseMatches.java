package ailog.domain.metrics;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The candidates nearest a mistyped word, by edit distance, best first. */
public final class CloseMatches {
    private CloseMatches() {}

    public static List<String> of(String typed, Collection<String> candidates, int limit) {
        int allowed = Math.max(2, typed.length() / 3);
        return candidates.stream()
                .filter(c -> distance(typed, c) <= allowed || c.startsWith(typed) || typed.startsWith(c))
                .sorted(Comparator.<String>comparingInt(c -> distance(typed, c)).thenComparing(c -> c))
                .limit(limit)
                .toList();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
