package ailog.slack.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.feedback.FeedbackField;
import ailog.app.feedback.OpenFeedback;
import ailog.domain.EditType;
import ailog.domain.Feedback;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.testing.BlockKitLimits;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The modal and the Home tab section stay within Slack's limits however large the catalog or the backlog. */
class FeedbackViewsTest {
    /** The view as Slack reads it: parsing undoes the HTML-safe escapes the SDK writes. */
    private static String json(View view) {
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(view)).toString();
    }

    private static Workflow workflow(int n) {
        String longName = ("Workflow " + n + " ").repeat(10).substring(0, Workflow.MAX_NAME_LENGTH);
        return new Workflow(new WorkflowKey("workflow-" + n), longName, "U0");
    }

    @Test
    void theFormOffersAtMostAHundredWorkflowsWithinSlacksLimits() {
        String form = json(FeedbackModal.form(IntStream.range(0, 130).mapToObj(FeedbackViewsTest::workflow).toList()));

        assertThat(BlockKitLimits.checkView(form)).isEmpty();
        JsonObject select = JsonParser.parseString(form).getAsJsonObject().getAsJsonArray("blocks").get(0)
                .getAsJsonObject().getAsJsonObject("element");
        assertThat(select.getAsJsonArray("options")).hasSize(100);
        assertThat(form).contains("\"max_length\":2000").contains("\"multiline\":true").contains("missing-info");
    }

    @Test
    void anEmptyCatalogGetsAFormThatOnlyExplains() {
        String form = json(FeedbackModal.form(List.of()));

        assertThat(BlockKitLimits.checkView(form)).isEmpty();
        assertThat(form).contains("catalog is empty").doesNotContain("\"submit\"");
        assertThat(BlockKitLimits.checkView(json(FeedbackModal.thanks()))).isEmpty();
    }

    @Test
    void problemsAreKeyedByTheBlockTheyBelongTo() {
        assertThat(FeedbackModal.errors(Map.of(FeedbackField.EDIT_TYPE, "Pick one", FeedbackField.DESCRIPTION, "Say")))
                .isEqualTo(Map.of("edit_type", "Pick one", "description", "Say"));
    }

    @Test
    void theOpenFeedbackSectionShowsTwentyItemsAndCountsTheRest() {
        List<OpenFeedback.Item> items = IntStream.range(0, 25).mapToObj(n -> new OpenFeedback.Item(
                new Feedback(n + 1, "U0M" + n, new WorkflowKey("proposal"), EditType.values()[n % 5],
                        "<b>too long</b> & more ".repeat(100), Instant.EPOCH, Optional.empty(), Optional.empty()),
                "Client proposal")).toList();

        var blocks = OpenFeedbackSection.blocks(items);
        String home = json(View.builder().type("home").blocks(blocks).build());

        assertThat(blocks).hasSize(42);
        assertThat(BlockKitLimits.checkView(home)).isEmpty();
        assertThat(home).contains("Open feedback (25)").contains("and 5 more").contains("mark_fixed_output-template")
                .contains("&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void anEmptyBacklogSaysSo() {
        String home = json(View.builder().type("home").blocks(OpenFeedbackSection.blocks(List.of())).build());
        assertThat(BlockKitLimits.checkView(home)).isEmpty();
        assertThat(home).contains("Nothing open");
    }
}
