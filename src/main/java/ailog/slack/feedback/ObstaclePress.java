package ailog.slack.feedback;

import ailog.app.feedback.AnswerObstacle;
import ailog.slack.actions.PressReplies;
import ailog.slack.views.Reply;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.concurrent.Executor;

/** An answer to "what is in the way?": stored once, told to the owners, and the check-in thanks the member. */
public final class ObstaclePress implements BlockActionHandler {
    private final AnswerObstacle answerObstacle;
    private final PressReplies replies;
    private final Executor afterAck;
    private final Runnable sendNow;

    public ObstaclePress(AnswerObstacle answerObstacle, PressReplies replies, Executor afterAck, Runnable sendNow) {
        this.answerObstacle = answerObstacle;
        this.replies = replies;
        this.afterAck = afterAck;
        this.sendNow = sendNow;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        ButtonPress press = ButtonPress.from(request.getPayload());
        Reply reply = CheckInValue.parse(press.value())
                .map(value -> answer(press, value))
                .orElseGet(FeedbackReplies::stale);
        replies.show(request.getPayload(), context, reply);
        return context.ack();
    }

    private Reply answer(ButtonPress press, CheckInValue value) {
        AnswerObstacle.Result result =
                answerObstacle.answer(press.userId(), value.enrollmentId(), value.week(), value.obstacle());
        if (result instanceof AnswerObstacle.Recorded) {
            afterAck.execute(sendNow);
            return FeedbackReplies.obstacleTold(press.message(), value.obstacle());
        }
        if (result instanceof AnswerObstacle.AlreadyAnswered) {
            return FeedbackReplies.obstacleAlreadyAnswered(press.message());
        }
        return FeedbackReplies.stale();
    }
}
