package ailog.domain.schedule;

import java.util.Locale;

/** Every kind of message ailog sends on its own, through the outbox. */
public enum MessageKind {
    CHECKIN,
    NUDGE,
    ASSESSMENT_MEMBER,
    ASSESSMENT_OWNER,
    WEEKLY_REPORT,
    WORKFLOW_ADDED,
    FEEDBACK_FOR_OWNER,
    FEEDBACK_FIXED,
    OBSTACLE_FOR_OWNER,
    /** To a member whose feedback a recorded change to the foundations addresses. */
    FIX_RECORDED,
    /** To the same member once acceptance before and after the change tells a clear difference. */
    FIX_RESULT,
    /** The first DM of an enrollment: a welcome, or the new dates when it replaced an earlier one. */
    WELCOME;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static MessageKind fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
