package ailog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkflowPhraseTest {
    private static final List<Workflow> CATALOG = List.of(
            workflow("proposal", "Client proposal"),
            workflow("status-update", "Status update"),
            workflow("status", "Status"),
            workflow("handover", "Proposal ok"));

    private static Workflow workflow(String key, String name) {
        return new Workflow(new WorkflowKey(key), name, "U0OWNER01");
    }

    private static Optional<WorkflowPhrase.Match> longest(String line) {
        return WorkflowPhrase.longest(CATALOG, Arrays.asList(line.split(" ")));
    }

    private static String keyOf(String line) {
        return longest(line).orElseThrow().workflow().key().value();
    }

    @Test
    void aKeyTypedWithSpacesForDashesNamesTheWorkflow() {
        assertThat(longest("status update as-is")).contains(new WorkflowPhrase.Match(CATALOG.get(1), 2));
    }

    @Test
    void aDisplayNameInAnyCaseNamesTheWorkflow() {
        assertThat(keyOf("CLIENT Proposal light-edit tone")).isEqualTo("proposal");
    }

    @Test
    void theLongestNameWinsOverAShorterOneItStartsWith() {
        assertThat(keyOf("status update heavy-edit")).isEqualTo("status-update");
        assertThat(keyOf("status as-is")).isEqualTo("status");
    }

    @Test
    void aNameThatWouldSwallowTheOutcomeLosesToOneThatLeavesIt() {
        assertThat(keyOf("proposal ok")).isEqualTo("proposal");
        assertThat(keyOf("proposal ok great")).isEqualTo("proposal");
    }

    @Test
    void withoutAnOutcomeTheLongestNameStillCounts() {
        assertThat(longest("status update")).contains(new WorkflowPhrase.Match(CATALOG.get(1), 2));
    }

    @Test
    void wordsThatNameNothingFindNothing() {
        assertThat(longest("stats")).isEmpty();
        assertThat(longest("weekly status update as-is")).isEmpty();
    }

    @Test
    void theClosestWorkflowsAreFoundByKeyOrByDisplayName() {
        assertThat(WorkflowPhrase.closest("status-updat", CATALOG, 3)).first().isEqualTo("status-update");
        assertThat(WorkflowPhrase.closest("client proposals", CATALOG, 3)).containsExactly("proposal");
    }
}
