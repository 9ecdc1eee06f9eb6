package ailog.slack.actions;

import ailog.app.LogRun;
import ailog.app.QuickLogChoices;
import ailog.app.Workflows;
import ailog.domain.LogSource;
import ailog.domain.RunDay;
import ailog.domain.RunEntry;
import ailog.domain.Workflow;
import ailog.slack.views.ActionIds;
import ailog.slack.views.CardChoice;
import ailog.slack.views.LogReplies;
import ailog.slack.views.QuickLogCard;
import ailog.slack.views.Reply;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.Optional;

/**
 * A press on the quick-log card or the Home tab: a workflow picked, an outcome, an edit type, or Back from the edit
 * type. The card's nonce is the run's request key, so one card logs at most one run however often it is pressed.
 */
public final class QuickLogPress implements BlockActionHandler {
    private final LogRun logRun;
    private final Workflows workflows;
    private final QuickLogChoices choices;
    private final PressReplies replies;

    public QuickLogPress(LogRun logRun, Workflows workflows, QuickLogChoices choices, PressReplies replies) {
        this.logRun = logRun;
        this.workflows = workflows;
        this.choices = choices;
        this.replies = replies;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        Pressed pressed = Pressed.from(request.getPayload());
        boolean onHomeTab = PressReplies.onHomeTab(request.getPayload());
        Reply reply = pressed.value().flatMap(CardChoice::decode)
                .map(choice -> answer(pressed, choice, onHomeTab))
                .orElseGet(StaleButton::reply);
        replies.show(request.getPayload(), context, reply);
        return context.ack();
    }

    private Reply answer(Pressed pressed, CardChoice choice, boolean onHomeTab) {
        String userId = pressed.userId();
        Optional<Workflow> workflow = workflows.find(choice.workflow());
        if (workflow.isEmpty()) {
            return StaleButton.reply();
        }
        if (pressed.actionId().equals(ActionIds.QUICKLOG_BACK)) {
            return back(userId, choice, onHomeTab);
        }
        if (choice.outcome().isEmpty()) {
            return QuickLogCard.picked(choice.nonce(), workflow.get(), choices.forMember(userId).all());
        }
        boolean editStepDone = pressed.actionId().startsWith(ActionIds.EDIT_TYPE_PREFIX);
        if (choice.outcome().get().takesEditType() && !editStepDone) {
            return QuickLogCard.editTypeCard(choice, workflow.get());
        }
        return log(userId, choice);
    }

    /**
     * The outcome rows again, nothing logged: the card as it was, with its nonce, so it still logs at most one run;
     * on the Home tab nothing on top, as the tab's own rows are right below.
     */
    private Reply back(String userId, CardChoice choice, boolean onHomeTab) {
        if (onHomeTab) {
            return new Reply("Quick log", List.of());
        }
        QuickLogChoices.Choices offered = choices.forMember(userId);
        return QuickLogCard.card(choice.nonce(), offered.rows(), offered.all());
    }

    private Reply log(String userId, CardChoice choice) {
        RunEntry entry = new RunEntry(choice.workflow(), choice.outcome().get(), choice.editType(), RunDay.today(), "");
        LogRun.Result result = logRun.log(new LogRun.Request(userId, entry, LogSource.BUTTON,
                Optional.of("card:" + choice.nonce()), false));
        return LogReplies.to(result, unknown -> StaleButton.reply());
    }
}
