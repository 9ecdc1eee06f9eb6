package ailog.slack.views;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Outcome;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.testing.BlockKitLimits;
import ailog.testing.ButtonStyles;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The quick-log card: outcome rows with no nudging style, and an edit-type step that can go back. */
class QuickLogCardTest {
    private static final List<Workflow> CATALOG = IntStream.rangeClosed(1, 7)
            .mapToObj(n -> new Workflow(new WorkflowKey("workflow-" + n), "Workflow " + n, "U0OWNER"))
            .toList();
    private static final List<Workflow> ROWS = CATALOG.subList(0, 5);

    @Test
    void aCardOfFiveRowsHasAtMostOnePrimaryButton() {
        String card = json(QuickLogCard.card("nonce-1", ROWS, CATALOG));

        assertThat(ButtonStyles.count(card, "primary")).isLessThanOrEqualTo(1);
        assertThat(card.split("quicklog_outcome_as-is", -1)).hasSize(6);
    }

    @Test
    void theEditStepOffersTheFiveReasonsSkipAndBackWhichCarriesNoOutcome() {
        CardChoice choice = CardChoice.of("nonce-1", "workflow-1").with(Outcome.HEAVY_EDIT);
        String step = json(QuickLogCard.editTypeCard(choice, CATALOG.get(0)));

        assertThat(step).contains("What needed work?").contains("quicklog_edit_tone").contains("quicklog_edit_wrong-info")
                .contains("quicklog_edit_skip").contains("\"action_id\":\"quicklog_back\"")
                .contains("\"value\":\"nonce-1|workflow-1||\"");
        assertThat(ButtonStyles.count(step, "primary")).isLessThanOrEqualTo(1);
    }

    @Test
    void afterNotUsedTheStepAsksWhyItWasNotUsed() {
        Reply step = QuickLogCard.editTypeCard(CardChoice.of("n", "workflow-1").with(Outcome.NOT_USED),
                CATALOG.get(0));

        assertThat(step.text()).isEqualTo("Why wasn't it used?");
        assertThat(json(step)).contains("*Workflow 1* — not used. Why wasn't it used?")
                .doesNotContain("What needed work?").contains("quicklog_edit_missing-info");
    }

    @Test
    void aPickedWorkflowsRowHasBlockIdsOfItsOwnSoItCanSitAboveTheHomeTabsRows() {
        Reply picked = QuickLogCard.picked("n", CATALOG.get(6), CATALOG);
        List<LayoutBlock> home = new ArrayList<>(picked.blocks());
        home.addAll(QuickLogCard.rows("m", ROWS, CATALOG));

        assertThat(BlockKitLimits.checkView(GsonFactory.createSnakeCase().toJson(
                View.builder().type("home").blocks(home).build()))).isEmpty();
        assertThat(json(picked)).contains("picked_row_workflow-7");
    }

    @Test
    void everyStepStaysWithinBlockKitLimits() {
        CardChoice choice = CardChoice.of("nonce-1", "workflow-1").with(Outcome.LIGHT_EDIT);
        for (Reply reply : List.of(QuickLogCard.card("nonce-1", ROWS, CATALOG),
                QuickLogCard.editTypeCard(choice, CATALOG.get(0)), QuickLogCard.picked("n", CATALOG.get(6), CATALOG))) {
            assertThat(BlockKitLimits.checkMessage(reply.text(), json(reply))).isEmpty();
        }
    }

    private static String json(Reply reply) {
        // Reparsed, so the text reads as Slack shows it (Gson's writer escapes ' and & for HTML).
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(reply.blocks())).toString();
    }
}
