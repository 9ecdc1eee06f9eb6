package ailog.slack;

import ailog.slack.actions.QuickLogPress;
import ailog.slack.actions.RetryLogPress;
import ailog.slack.actions.UndoPress;
import ailog.slack.commands.AilogCommand;
import ailog.slack.feedback.FeedbackListeners;
import ailog.slack.home.AppHomeOpened;
import ailog.slack.messages.DirectMessageReceived;
import ailog.slack.views.ActionIds;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageEvent;

/** The Bolt app: which handler answers which command, button and event. */
public final class BoltApp {
    private BoltApp() {}

    /** The listeners, built in the composition root. */
    public record Listeners(AilogCommand command, QuickLogPress quickLog, UndoPress undo, RetryLogPress retryLog,
            AppHomeOpened homeOpened, DirectMessageReceived directMessage, FeedbackListeners feedback) {}

    public static App create(Slack slack, String botToken, Listeners listeners) {
        App app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                // Requests are verified over their raw bytes before Bolt sees them: see SlackSignature.
                .requestVerificationEnabled(false)
                // The token is checked once, at start (a refused one stops the start), and that answer is kept.
                // Bolt's default re-checks it on a member's request every 10 minutes, and its cache starts out
                // expired: every request of the first burst after a start called auth.test before it was answered.
                .authTestCacheExpirationMillis(-1L)
                // Edits, deletions and bot posts in the DM arrive as subtyped message events: acknowledged, not
                // answered, and never a 404 that Slack would deliver again.
                .subtypedMessageEventsAutoAckEnabled(true)
                .build());
        app.command("/ailog", listeners.command());
        app.blockAction(ActionIds.OUTCOME, listeners.quickLog());
        app.blockAction(ActionIds.EDIT_TYPE, listeners.quickLog());
        app.blockAction(ActionIds.PICK_WORKFLOW, listeners.quickLog());
        app.blockAction(ActionIds.QUICKLOG_BACK, listeners.quickLog());
        app.blockAction(ActionIds.UNDO_RUN, listeners.undo());
        app.blockAction(ActionIds.RETRY_LOG, listeners.retryLog());
        app.event(AppHomeOpenedEvent.class, listeners.homeOpened());
        app.event(MessageEvent.class, listeners.directMessage());
        listeners.feedback().register(app);
        return app;
    }
}
