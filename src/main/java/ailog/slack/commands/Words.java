package ailog.slack.commands;

import java.util.Optional;

/** Reads a command's text one word at a time, keeping the untouched rest for free-form notes. */
final class Words {
    private final String text;
    private int position;

    Words(String text) {
        this.text = text;
    }

    Optional<String> peek() {
        int start = skipSpace(position);
        if (start >= text.length()) {
            return Optional.empty();
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return Optional.of(text.substring(start, end));
    }

    Optional<String> next() {
        Optional<String> word = peek();
        word.ifPresent(w -> position = skipSpace(position) + w.length());
        return word;
    }

    /**
     * {@code start} and the words after it while the list is still open, joined without spaces: people type
     * "proposal, status-update" as readily as "proposal,status-update", and a list that ends in a comma (or a next
     * word that starts with one) has more to come.
     */
    String commaList(String start) {
        StringBuilder list = new StringBuilder(start);
        while (peek().isPresent()
                && (list.length() == 0 || list.charAt(list.length() - 1) == ',' || peek().get().startsWith(","))) {
            list.append(next().orElseThrow());
        }
        return list.toString();
    }

    /** Everything not read yet, as typed, without surrounding space. */
    String rest() {
        return text.substring(position).strip();
    }

    private int skipSpace(int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
