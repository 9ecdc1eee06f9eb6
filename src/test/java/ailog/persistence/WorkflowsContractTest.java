package ailog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.Workflows;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.testing.TestClock;
import ailog.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every workflow catalog must do ({@link Workflows}), run against the jOOQ adapter on SQLite and PostgreSQL:
 * each key added once, found by its key or display name in any case, and at once on every instance.
 */
class WorkflowsContractTest {
    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-11-27T15:00:00Z"));

    @TempDir
    Path folder;

    private String location;
    private Database database;
    private JooqWorkflows workflows;

    @BeforeEach
    void open() {
        location = TestDatabase.fresh(folder);
        database = Database.open(location);
        workflows = new JooqWorkflows(database, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Workflow workflow(String key, String name) {
        return new Workflow(new WorkflowKey(key), name, "U0OWNER");
    }

    @Test
    void theCatalogListsEveryWorkflowAddedInKeyOrder() {
        assertThat(workflows.all()).isEmpty();
        workflows.add(workflow("proposal", "Proposal draft"));
        workflows.add(workflow("brief", "Client brief"));
        workflows.add(new Workflow(new WorkflowKey("cold-email"), "Cold e-mail « froid »", "U0OTHER"));

        assertThat(workflows.all()).containsExactly(workflow("brief", "Client brief"),
                new Workflow(new WorkflowKey("cold-email"), "Cold e-mail « froid »", "U0OTHER"),
                workflow("proposal", "Proposal draft"));
    }

    @Test
    void aKeyIsAddedOnceAndKeepsItsFirstName() {
        assertThat(workflows.add(workflow("proposal", "Proposal draft"))).isTrue();

        assertThat(workflows.add(workflow("proposal", "Something else"))).isFalse();

        assertThat(workflows.all()).containsExactly(workflow("proposal", "Proposal draft"));
    }

    @Test
    void aWorkflowIsFoundByItsKeyOrItsDisplayNameInAnyCase() {
        workflows.add(workflow("cold-email", "Cold Email Draft"));

        assertThat(workflows.find("cold-email")).contains(workflow("cold-email", "Cold Email Draft"));
        assertThat(workflows.find("COLD-Email")).contains(workflow("cold-email", "Cold Email Draft"));
        assertThat(workflows.find("cold email draft")).contains(workflow("cold-email", "Cold Email Draft"));
        assertThat(workflows.find("Cold Email")).isEmpty();
        assertThat(workflows.find("nothing-like-it")).isEmpty();
    }

    @Test
    void aWordThatIsOneWorkflowsKeyAndAnothersNameFindsTheKey() {
        workflows.add(workflow("summary", "Brief"));
        workflows.add(workflow("brief", "Client brief"));

        assertThat(workflows.find("BRIEF")).contains(workflow("brief", "Client brief"));
    }

    @Test
    void aWorkflowAddedThroughAnotherInstanceIsFoundAtOnce() {
        workflows.add(workflow("proposal", "Proposal draft"));
        assertThat(workflows.all()).hasSize(1); // this instance now keeps a copy of the catalog

        try (Database other = Database.open(location)) {
            JooqWorkflows elsewhere = new JooqWorkflows(other, CLOCK);
            elsewhere.add(workflow("brief", "Client brief"));
            assertThat(workflows.find("brief")).contains(workflow("brief", "Client brief"));

            elsewhere.add(workflow("summary", "Weekly summary"));
            assertThat(workflows.find("weekly SUMMARY")).contains(workflow("summary", "Weekly summary"));
        }
    }

    @Test
    void theSameWorkflowAddedOnTwoInstancesAtOnceIsAddedOnce() {
        try (Database other = Database.open(location)) {
            List<JooqWorkflows> instances = List.of(workflows, new JooqWorkflows(other, CLOCK));

            List<List<String>> added = SideBySide.run(8, thread -> {
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    if (instances.get(thread % 2).add(workflow("flow-" + i, "Flow " + i + " by " + thread))) {
                        mine.add("flow-" + i);
                    }
                }
                return mine;
            });

            assertThat(added.stream().flatMap(List::stream)).hasSize(20).doesNotHaveDuplicates();
            assertThat(workflows.all()).hasSize(20);
        }
    }
}
