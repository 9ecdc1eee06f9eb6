package ailog.slack.views;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.MemberStats;
import ailog.domain.MemberWeek;
import ailog.domain.Outcome;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.DatedRunCount;
import ailog.domain.metrics.RunCount;
import ailog.testing.BlockKitLimits;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /ailog me}: this week, then six weeks of runs and acceptance, then acceptance per workflow. */
class StatsViewTest {
    private static final MemberWeek THIS_WEEK = new MemberWeek(LocalDate.parse("2026-11-23"));
    private static final List<Workflow> CATALOG = List.of(
            new Workflow(new WorkflowKey("proposal"), "Client proposal", "U0OWNER"),
            new Workflow(new WorkflowKey("status-update"), "Status <update> & co", "U0OWNER"));

    private static DatedRunCount counted(String day, String workflow, Outcome outcome, int runs) {
        return new DatedRunCount(LocalDate.parse(day),
                new RunCount(new WorkflowKey(workflow), outcome, Optional.empty(), runs));
    }

    @Test
    void eachWeekShowsItsRunsRateAndABarAgainstTheBusiestWeek() {
        Reply reply = StatsView.me(MemberStats.of(List.of(
                counted("2026-10-20", "proposal", Outcome.AS_IS, 8),
                counted("2026-10-21", "proposal", Outcome.NOT_USED, 2),
                counted("2026-11-03", "status-update", Outcome.LIGHT_EDIT, 1),
                counted("2026-11-04", "status-update", Outcome.HEAVY_EDIT, 1),
                counted("2026-11-10", "proposal", Outcome.LIGHT_EDIT, 4),
                counted("2026-11-11", "proposal", Outcome.HEAVY_EDIT, 1),
                counted("2026-11-24", "proposal", Outcome.AS_IS, 1)), THIS_WEEK, 70), CATALOG);

        assertThat(section(reply, "stats_trend")).isEqualTo("""
                *Last 6 weeks*: 18 runs · acceptance 78% (14 of 18)
                `▇▇▇▇▇▇▇▇▇▇` 19 Oct – 25 Oct: 10 runs · 80% (8 of 10)
                `··········` 26 Oct – 1 Nov: 0 runs · —
                `▇▇········` 2 Nov – 8 Nov: 2 runs · 50% (1 of 2), too few runs to judge
                `▇▇▇▇▇·····` 9 Nov – 15 Nov: 5 runs · 80% (4 of 5)
                `··········` 16 Nov – 22 Nov: 0 runs · —
                `▇·········` 23 Nov – 29 Nov (this week): 1 run · 100% (1 of 1), too few runs to judge""");
        assertThat(section(reply, "stats_trend_workflows")).isEqualTo("""
                *Acceptance per workflow*, last 6 weeks
                • Client proposal: 16 runs · 81% (13 of 16)
                • Status &lt;update&gt; &amp; co: 2 runs · 50% (1 of 2), too few runs to judge""");
        assertThat(section(reply, "stats_week")).contains("1 run · acceptance 100% (1 of 1)");
    }

    @Test
    void sixWeeksWithoutRunsSayJustThatWithNoRateAndNoWorkflows() {
        Reply reply = StatsView.me(MemberStats.of(List.of(), THIS_WEEK, 70), CATALOG);

        assertThat(section(reply, "stats_trend")).isEqualTo("*Last 6 weeks*: 0 runs");
        assertThat(json(reply)).doesNotContain("stats_trend_workflows")
                .doesNotContain("acceptance 0%", "(0 of 0)");
    }

    @Test
    void aYearChangeInTheTrendShowsTheOlderYear() {
        Reply reply = StatsView.me(MemberStats.of(List.of(counted("2025-12-30", "proposal", Outcome.AS_IS, 1)),
                new MemberWeek(LocalDate.parse("2026-01-05")), 70), CATALOG);

        assertThat(section(reply, "stats_trend")).contains("\n`··········` 1 Dec 2025 – 7 Dec 2025: 0 runs · —")
                .contains("\n`▇▇▇▇▇▇▇▇▇▇` 29 Dec 2025 – 4 Jan: 1 run");
    }

    @Test
    void manyWorkflowsWithLongNamesAreCutToTenAndStayWithinBlockKitLimits() {
        List<Workflow> catalog = new ArrayList<>();
        List<DatedRunCount> counts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String key = "workflow-" + (100 + i);
            catalog.add(new Workflow(new WorkflowKey(key), "&".repeat(Workflow.MAX_NAME_LENGTH), "U0OWNER"));
            counts.add(new DatedRunCount(LocalDate.parse("2026-11-24"),
                    new RunCount(new WorkflowKey(key), Outcome.HEAVY_EDIT, Optional.of(EditType.TONE), 40 - i)));
        }
        Reply reply = StatsView.me(MemberStats.of(counts, THIS_WEEK, 70), catalog);

        assertThat(BlockKitLimits.checkMessage(reply.text(), json(reply))).isEmpty();
        String workflows = section(reply, "stats_trend_workflows");
        assertThat(workflows.lines().filter(line -> line.startsWith("• "))).hasSizeBetween(5, 10);
        assertThat(workflows).contains("40 runs").matches("(?s).*\\n…and 2\\d more");
        String thisWeek = section(reply, "stats_per_workflow");
        assertThat(thisWeek.lines().filter(line -> line.startsWith("• "))).hasSizeBetween(5, 10);
        assertThat(thisWeek).contains(": 40").matches("(?s).*\\n…and 2\\d more");
    }

    @Test
    void theBarNeverHidesARunAndIsEmptyOnlyWithout() {
        assertThat(TrendView.bar(0, 40)).isEqualTo("··········");
        assertThat(TrendView.bar(1, 40)).isEqualTo("▇·········");
        assertThat(TrendView.bar(20, 40)).isEqualTo("▇▇▇▇▇·····");
        assertThat(TrendView.bar(40, 40)).isEqualTo("▇▇▇▇▇▇▇▇▇▇");
    }

    private static String json(Reply reply) {
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(reply.blocks())).toString();
    }

    /** The mrkdwn text of the section with this block id. */
    private static String section(Reply reply, String blockId) {
        for (JsonElement block : JsonParser.parseString(json(reply)).getAsJsonArray()) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("block_id") && b.get("block_id").getAsString().equals(blockId)) {
                return b.getAsJsonObject("text").get("text").getAsString();
            }
        }
        throw new AssertionError("no block " + blockId + " in " + json(reply));
    }
}
