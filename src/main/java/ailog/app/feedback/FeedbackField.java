package ailog.app.feedback;

/** The fields of a "not quite right" report, to say which one is wrong. */
public enum FeedbackField {
    WORKFLOW,
    EDIT_TYPE,
    DESCRIPTION
}
