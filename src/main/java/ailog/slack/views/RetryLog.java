package ailog.slack.views;

import java.util.Optional;

/**
 * What a button under an unknown-workflow reply carries: the typed command, the workflow to log it under, and
 * whether to add that workflow to the catalog first.
 */
public record RetryLog(String nonce, String workflow, boolean addWorkflow, String commandText) {
    public String encode() {
        return nonce + "|" + workflow + "|" + (addWorkflow ? "add" : "use") + "|" + commandText;
    }

    public static Optional<RetryLog> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\|", 4);
        if (parts.length != 4 || parts[0].isBlank() || parts[1].isBlank()
                || !(parts[2].equals("add") || parts[2].equals("use"))) {
            return Optional.empty();
        }
        return Optional.of(new RetryLog(parts[0], parts[1], parts[2].equals("add"), parts[3]));
    }
}
