package ailog.slack;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text between Slack and ailog: what Slack sends becomes what the person meant, and what is stored becomes mrkdwn
 * with real mentions, escaped once, that no formatting character in it can break.
 */
public final class SlackText {
    /** Slack's own markup: {@code <@U…|name>}, {@code <#C…|name>}, {@code <!here>}, {@code <https://…|label>}. */
    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

    /** The readable stored forms that go back out as markup: {@code @sam (U0SAM)}, {@code #general (C0GEN)}, links. */
    private static final Pattern STORED = Pattern.compile(
            "@[^\\s()<>]+ \\((?<user>[UW][A-Z0-9]{2,})\\)"
                    + "|@(?<bareUser>[UW][A-Z0-9]{8,})(?![A-Za-z0-9])"
                    + "|#[^\\s()<>]+ \\((?<channel>[CG][A-Z0-9]{2,})\\)"
                    + "|#(?<bareChannel>[CG][A-Z0-9]{8,})(?![A-Za-z0-9])"
                    + "|(?<url>https?://[^\\s<>|]*[^\\s<>|.,;:!?)\\]'\"])");

    private static final String FORMATTING = "*_~`";
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private SlackText() {}

    /** Slash-command text as Slack sends it, unescaped once; mentions, channels and links made readable. */
    public static String fromSlack(String wire) {
        Matcher markup = MARKUP.matcher(wire);
        StringBuilder meant = new StringBuilder();
        int last = 0;
        while (markup.find()) {
            meant.append(unescape(wire.substring(last, markup.start()))).append(readable(markup.group(1)));
            last = markup.end();
        }
        return meant.append(unescape(wire.substring(last))).toString();
    }

    /** Stored text for a mrkdwn field: mentions and channels live again, everything else shown as typed. */
    public static String mrkdwn(String stored) {
        return eachToken(stored, SlackText::markup, SlackText::literal);
    }

    /** Stored text with each user mention reduced to the bare user ID, for commands that take people. */
    public static String withBareUserIds(String stored) {
        return eachToken(stored, token -> token.group("user") != null ? token.group("user")
                : token.group("bareUser") != null ? token.group("bareUser") : token.group(), text -> text);
    }

    /** The stored forms turned by {@code token}, the text between them by {@code literal}. */
    private static String eachToken(String stored, Function<Matcher, String> token, UnaryOperator<String> literal) {
        Matcher found = STORED.matcher(stored);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (found.find()) {
            out.append(literal.apply(stored.substring(last, found.start()))).append(token.apply(found));
            last = found.end();
        }
        return out.append(literal.apply(stored.substring(last))).toString();
    }

    private static String readable(String markup) {
        int bar = markup.indexOf('|');
        String target = unescape(bar < 0 ? markup : markup.substring(0, bar));
        String label = bar < 0 ? "" : unescape(markup.substring(bar + 1));
        if (target.startsWith("@")) {
            return label.isEmpty() ? target : "@" + stripped(label, "@") + " (" + target.substring(1) + ")";
        }
        if (target.startsWith("#")) {
            return label.isEmpty() ? target : "#" + stripped(label, "#") + " (" + target.substring(1) + ")";
        }
        if (target.startsWith("!")) {
            String word = target.substring(1).split("\\^", 2)[0];
            return word.matches("here|channel|everyone") || label.isEmpty() ? "@" + word : label;
        }
        String address = target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
        boolean saysTheAddress = label.isEmpty() || label.equals(address) || label.equals(target)
                || label.equals(address.replaceFirst("^https?://", ""));
        return saysTheAddress ? address : label + " (" + address + ")";
    }

    private static String stripped(String label, String prefix) {
        return label.startsWith(prefix) ? label.substring(prefix.length()) : label;
    }

    private static String markup(Matcher token) {
        if (token.group("user") != null || token.group("bareUser") != null) {
            return "<@" + (token.group("user") != null ? token.group("user") : token.group("bareUser")) + ">";
        }
        if (token.group("channel") != null || token.group("bareChannel") != null) {
            return "<#" + (token.group("channel") != null ? token.group("channel") : token.group("bareChannel")) + ">";
        }
        String url = token.group("url");
        // a link is one token, so an underscore in its path is never treated as formatting
        return "<" + escape(url) + ">";
    }

    /**
     * Escaped once, with a zero-width space wherever a formatting character touches another visible one: invisible,
     * so what the eye reads is what was typed, and only ever added on the way out, never stored.
     */
    private static String literal(String text) {
        String escaped = escape(text);
        StringBuilder shown = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            boolean formatting = FORMATTING.indexOf(c) >= 0;
            // mrkdwn has no escape for * _ ~ `; one touching no visible character can neither open nor close formatting
            if (formatting && i > 0 && visible(escaped.charAt(i - 1)) && lastIsNot(shown, ZERO_WIDTH_SPACE)) {
                shown.append(ZERO_WIDTH_SPACE);
            }
            shown.append(c);
            if (formatting && i + 1 < escaped.length() && visible(escaped.charAt(i + 1))) {
                shown.append(ZERO_WIDTH_SPACE);
            }
        }
        return shown.toString();
    }

    private static boolean visible(char c) {
        return !Character.isWhitespace(c) && c != ZERO_WIDTH_SPACE;
    }

    private static boolean lastIsNot(StringBuilder text, char c) {
        return text.length() == 0 || text.charAt(text.length() - 1) != c;
    }

    /** The three characters Slack's mrkdwn reserves. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
