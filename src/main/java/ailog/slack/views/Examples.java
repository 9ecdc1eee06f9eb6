package ailog.slack.views;

/** The example commands that replies show, so every error teaches the right form. */
public final class Examples {
    public static final String LOG = "/ailog proposal light-edit tone date:yesterday shortened the intro";
    public static final String LOG_SIMPLE = "/ailog proposal as-is";
    public static final String WORKFLOW_ADD = "/ailog workflow add status-update Weekly status update";

    private Examples() {}
}
