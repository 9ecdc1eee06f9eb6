package ailog.slack.feedback;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import ailog.domain.Feedback;
import ailog.domain.Foundation;
import ailog.domain.Obstacle;
import ailog.slack.views.Reply;
import ailog.slack.views.Texts;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** What a check-in or feedback message turns into once its button is pressed. */
final class FeedbackReplies {
    private FeedbackReplies() {}

    static Reply marked(Feedback feedback) {
        String fixedIn = feedback.fixedIn().map(Foundation::label).orElse("foundations");
        String text = ":white_check_mark: Marked fixed in the " + fixedIn + " by <@" + feedback.fixedBy().orElse("")
                + ">. <@" + feedback.userId() + "> will be told what changed.";
        return new Reply(text, List.of(
                section(s -> s.blockId("fixed").text(markdownText(text))),
                context(c -> c.blockId("fixed_feedback").elements(List.of(markdownText(quote(feedback)))))));
    }

    static Reply alreadyFixed(Feedback feedback) {
        return Reply.of(":information_source: Already marked fixed in the "
                + feedback.fixedIn().map(Foundation::label).orElse("foundations") + " by <@"
                + feedback.fixedBy().orElse("") + ">, so nothing changed.");
    }

    static Reply ownersOnly() {
        return Reply.of(":lock: Only the AI system owners can mark feedback fixed, so nothing changed.");
    }

    static Reply obstacleTold(List<LayoutBlock> checkIn, Obstacle obstacle) {
        return answered(checkIn, ":pray: Thanks — I told the AI system owners that *" + obstacle.label()
                + "* is in the way. They can help.");
    }

    static Reply obstacleAlreadyAnswered(List<LayoutBlock> checkIn) {
        return answered(checkIn, ":information_source: You already answered for that week; the owners have it.");
    }

    static Reply onTrack(List<LayoutBlock> checkIn) {
        return answered(checkIn, ":tada: Glad it's on track — keep logging your runs.");
    }

    static Reply stale() {
        return Reply.of(":information_source: That button no longer works, so nothing was stored."
                + " Type `/ailog` for a fresh card.");
    }

    static Reply formDidNotOpen() {
        return Reply.of(":warning: The feedback form did not open. Please press the button again.");
    }

    static Reply commandFormDidNotOpen() {
        return Reply.of(":warning: The feedback form did not open. Please type `/ailog feedback` again.");
    }

    /** The message as it was, its buttons replaced by the answer, so it cannot be pressed twice. */
    private static Reply answered(List<LayoutBlock> message, String answer) {
        List<LayoutBlock> blocks = new ArrayList<>();
        message.stream().filter(b -> !(b instanceof ActionsBlock) && !"answer".equals(b.getBlockId()))
                .forEach(blocks::add);
        blocks.add(section(s -> s.blockId("answer").text(markdownText(answer))));
        return new Reply(answer, blocks);
    }

    private static String quote(Feedback feedback) {
        return "Feedback on `" + feedback.workflow().value() + "` (" + feedback.editType().label() + "): "
                + Texts.echo(feedback.description().replace('\n', ' '), 280);
    }
}
