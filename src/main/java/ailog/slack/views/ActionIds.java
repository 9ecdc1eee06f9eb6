package ailog.slack.views;

import java.util.regex.Pattern;

/** The action ids the views put on their buttons and selects, and the patterns the handlers listen on. */
public final class ActionIds {
    public static final String OUTCOME_PREFIX = "quicklog_outcome_";
    public static final String EDIT_TYPE_PREFIX = "quicklog_edit_";
    public static final String PICK_WORKFLOW = "quicklog_pick_workflow";
    /** Back from the edit-type step to the outcome rows; the button carries the card's choice without an outcome. */
    public static final String QUICKLOG_BACK = "quicklog_back";
    public static final String UNDO_RUN = "undo_run";
    public static final String RETRY_LOG_PREFIX = "retry_log_";
    /** Check-in buttons carry "enrollmentId:week". */
    public static final String CHECKIN_ON_TRACK = "checkin_on_track";
    public static final String CHECKIN_NOT_QUITE_RIGHT = "checkin_not_quite_right";
    public static final String CHECKIN_LOG_RUN = "checkin_log_run";
    /** "Not quite right" on the Home tab: no check-in behind it, so the form asks for the workflow. */
    public static final String HOME_NOT_QUITE_RIGHT = "home_not_quite_right";
    /** Obstacle buttons carry "enrollmentId:week:obstacle-key". */
    public static final String OBSTACLE_PREFIX = "obstacle_";
    /** Mark-fixed buttons carry the feedback id; the suffix is the foundation, e.g. mark_fixed_context-pack. */
    public static final String MARK_FIXED_PREFIX = "mark_fixed_";
    /** The "not quite right" modal. */
    public static final String FEEDBACK_MODAL = "feedback_modal";
    /** The modal after a "Fixed: …" press that asks what changed; its private metadata is the change id. */
    public static final String DESCRIBE_FIX_MODAL = "describe_fix_modal";

    public static final Pattern OUTCOME = Pattern.compile("^" + OUTCOME_PREFIX + ".*");
    public static final Pattern EDIT_TYPE = Pattern.compile("^" + EDIT_TYPE_PREFIX + ".*");
    public static final Pattern RETRY_LOG = Pattern.compile("^" + RETRY_LOG_PREFIX + ".*");
    public static final Pattern OBSTACLE = Pattern.compile("^" + OBSTACLE_PREFIX + ".*");
    public static final Pattern MARK_FIXED = Pattern.compile("^" + MARK_FIXED_PREFIX + ".*");

    private ActionIds() {}
}
