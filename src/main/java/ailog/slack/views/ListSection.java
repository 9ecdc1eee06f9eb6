package ailog.slack.views;

import java.util.List;

/** A title over one line per item, cut to at most {@code max} lines and to what fits one section of Slack's. */
final class ListSection {
    static final int SECTION_CHARS = 3000;
    /** Room kept for the "…and N more" line. */
    private static final int MORE_CHARS = 40;

    private ListSection() {}

    static String text(String title, List<String> lines, int max) {
        StringBuilder text = new StringBuilder(title);
        int shown = 0;
        for (String line : lines) {
            if (shown == max || text.length() + 1 + line.length() > SECTION_CHARS - MORE_CHARS) {
                break;
            }
            text.append('\n').append(line);
            shown++;
        }
        if (shown < lines.size()) {
            text.append("\n…and ").append(lines.size() - shown).append(" more");
        }
        return text.toString();
    }
}
