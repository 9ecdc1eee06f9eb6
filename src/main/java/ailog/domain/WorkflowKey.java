package ailog.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A workflow's catalog key: lower-case letters, digits and dashes, at most 40, never a command word. */
public record WorkflowKey(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{1,40}");

    public WorkflowKey {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why a word cannot be a workflow key, or null when it can. */
    public static String problemWith(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            return "a workflow key is 1–40 lower-case letters, digits or dashes";
        }
        if (CommandWords.contains(value)) {
            return "`" + value + "` is an /ailog command word, so it cannot be a workflow key";
        }
        return null;
    }

    /** The key a typed word would be, in lower case. */
    public static String normalise(String typed) {
        return typed.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
