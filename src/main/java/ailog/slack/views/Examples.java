package ailog.slack.views;

/** The example commands that replies show, so every error teaches the right form. */
public final class Examples {
    public static final String LOG = log("proposal");
    public static final String LOG_SIMPLE = "/ailog proposal as-is";
    public static final String WORKFLOW_ADD = "/ailog workflow add status-update Weekly status update";

    private Examples() {}

    /** The full example for a workflow in the catalog, so the example works as typed. */
    public static String log(String workflowKey) {
        return "/ailog " + workflowKey + " light-edit tone date:yesterday shortened the intro";
    }
}
