package ailog.slack.feedback;

import ailog.slack.views.ActionIds;
import com.slack.api.bolt.App;

/** The feedback loop's handlers, built in the composition root, and the ids each one answers. */
public record FeedbackListeners(NotQuiteRightPress notQuiteRight, FeedbackSubmission submission,
        MarkFixedPress markFixed, ObstaclePress obstacle, OnTrackPress onTrack, LogRunPress logRun,
        DescribeFixSubmission describeFix) {

    public void register(App app) {
        app.blockAction(ActionIds.CHECKIN_NOT_QUITE_RIGHT, notQuiteRight);
        app.blockAction(ActionIds.HOME_NOT_QUITE_RIGHT, notQuiteRight);
        app.viewSubmission(ActionIds.FEEDBACK_MODAL, submission);
        app.blockAction(ActionIds.MARK_FIXED, markFixed);
        app.viewSubmission(ActionIds.DESCRIBE_FIX_MODAL, describeFix);
        app.blockAction(ActionIds.OBSTACLE, obstacle);
        app.blockAction(ActionIds.CHECKIN_ON_TRACK, onTrack);
        app.blockAction(ActionIds.CHECKIN_LOG_RUN, logRun);
    }
}
