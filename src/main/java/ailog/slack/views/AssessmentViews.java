package ailog.slack.views;

import ailog.app.outbox.Message;

/** Six-week assessments and weekly reports (the owner's view). */
final class AssessmentViews {
    private AssessmentViews() {}

    static Reply render(Message message) {
        throw new IllegalArgumentException("no view for " + message.getClass().getSimpleName());
    }
}
