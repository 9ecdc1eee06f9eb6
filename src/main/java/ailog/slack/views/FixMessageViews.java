package ailog.slack.views;

import ailog.app.outbox.Message;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.ChangeWindow;

/** The two DMs a member gets about a change meant for their feedback: when it is made, and once it shows. */
final class FixMessageViews {
    private FixMessageViews() {}

    static Reply recorded(Message.FixRecorded recorded) {
        return Reply.of(":wrench: You reported a problem with " + Texts.escape(recorded.workflowName())
                + ". An owner has updated its " + recorded.change().foundation().label() + ": “"
                + Texts.echo(recorded.change().description(), 500) + "”. Try it on your next runs: I will tell you"
                + " once there are enough of them to see whether it helped.");
    }

    /** "Since the context pack update, Client proposal outputs were usable 81% of the time, up from 52%". */
    static Reply result(Message.FixResult result) {
        BeforeAfter effect = result.effect();
        return Reply.of(":chart_with_upwards_trend: Since the " + effect.change().foundation().label()
                + " update, " + Texts.escape(result.workflowName()) + " outputs were usable "
                + effect.after().acceptance().percent().getAsInt() + "% of the time ("
                + effect.after().acceptance().accepted() + " of " + Texts.runs(effect.after().runs()) + "), "
                + ChangeTexts.direction(effect) + " (" + effect.before().acceptance().accepted() + " of "
                + Texts.runs(effect.before().runs()) + ") in the " + ChangeWindow.DAYS + " days before. That is "
                + ChangeTexts.DIRECTIONAL + ", but a clear difference. Thank you for reporting it.");
    }
}
