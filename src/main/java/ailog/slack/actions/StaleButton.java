package ailog.slack.actions;

import ailog.slack.views.Reply;

/** The answer to a button ailog no longer understands: an old card, or a payload it never made. */
final class StaleButton {
    private StaleButton() {}

    static Reply reply() {
        return Reply.of(":information_source: That button no longer works, so nothing was stored."
                + " Type `/ailog` for a fresh card.");
    }
}
