package ailog.slack.views;

import java.util.regex.Pattern;

/** The action ids the views put on their buttons and selects, and the patterns the handlers listen on. */
public final class ActionIds {
    public static final String OUTCOME_PREFIX = "quicklog_outcome_";
    public static final String EDIT_TYPE_PREFIX = "quicklog_edit_";
    public static final String PICK_WORKFLOW = "quicklog_pick_workflow";
    public static final String UNDO_RUN = "undo_run";
    public static final String RETRY_LOG_PREFIX = "retry_log_";

    public static final Pattern OUTCOME = Pattern.compile("^" + OUTCOME_PREFIX + ".*");
    public static final Pattern EDIT_TYPE = Pattern.compile("^" + EDIT_TYPE_PREFIX + ".*");
    public static final Pattern RETRY_LOG = Pattern.compile("^" + RETRY_LOG_PREFIX + ".*");

    private ActionIds() {}
}
