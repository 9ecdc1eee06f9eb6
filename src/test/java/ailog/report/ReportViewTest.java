package ailog.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ailog.app.report.ReportText;
import ailog.cli.ReportJson;
import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.MemberAggregate;
import ailog.domain.metrics.ReportInput;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.WorkflowAggregate;
import ailog.domain.metrics.WorkflowRow;
import ailog.slack.views.Reply;
import ailog.slack.views.ReportView;
import ailog.testing.BlockKitLimits;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Slack report: Block Kit limits for large teams, dashes without runs, and the days argument. */
class ReportViewTest {
    static final LocalDate TODAY = LocalDate.parse("2026-03-31");

    @Test
    void aTeamOf300StaysWithinBlockKitLimitsAndPointsAtTheCommandLineForTheRest() {
        Reply reply = ReportView.of(bigTeam(300));
        String blocks = json(reply);

        assertThat(BlockKitLimits.checkMessage(reply.text(), blocks)).isEmpty();
        assertThat(reply.blocks()).hasSizeLessThanOrEqualTo(BlockKitLimits.MESSAGE_BLOCKS);
        assertThat(blocks).contains("…and 280 more — run `java -jar ailog.jar report` for all");
        assertThat(blocks).contains("*Also at risk:*");
        assertThat(blocks).contains("…and 290 more");
    }

    @Test
    void aTeamWithoutRunsShowsDashesNotZeroPercent() {
        Reply reply = ReportView.of(TeamReport.of(new ReportInput(ReportWindow.lastDays(7, TODAY), TODAY, 70,
                List.of(new Workflow(new WorkflowKey("proposal"), "Proposal", "UOWNER")), List.of(), List.of(),
                List.of(), Map.of())));
        String blocks = json(reply);

        assertThat(reply.text()).isEqualTo("0 team members ran 0 workflow sessions in the 7 days Wed 25 Mar – Tue 31 Mar;"
                + " blended acceptance rate —; 0 workflows below threshold under review.");
        assertThat(blocks).contains("*Proposal* — 0 runs · — (no runs yet)").doesNotContain("rate 0%", "(0 of 0)");
        assertThat(blocks).contains("No enrolled members and no runs yet.", "None came due in this window.");
    }

    @Test
    void threeRunsUnderTargetAreTooFewToJudgeWhileFiveRunsUnderTargetPutAWorkflowUnderReview() {
        WorkflowKey proposal = new WorkflowKey("proposal");
        WorkflowKey support = new WorkflowKey("support-reply");
        TeamReport report = TeamReport.of(new ReportInput(ReportWindow.lastDays(7, TODAY), TODAY, 70,
                List.of(new Workflow(proposal, "Client proposal", "UOWNER"),
                        new Workflow(support, "Support reply", "UOWNER")),
                List.of(), List.of(new WorkflowAggregate(proposal, 3, 1, Map.of()),
                        new WorkflowAggregate(support, 5, 2, Map.of())), List.of(), Map.of()));

        assertThat(report.workflows()).extracting(WorkflowRow::name, WorkflowRow::belowThreshold)
                .containsExactly(tuple("Support reply", true), tuple("Client proposal", false));
        assertThat(report.headline()).endsWith("; 1 workflow below threshold under review.");
        assertThat(workflowLines(ReportView.of(report))).containsExactly(
                "• *Support reply* — 5 runs · 40% (2 of 5) · top edit: none yet · :small_red_triangle_down: *below"
                        + " threshold* — 95% range 12–77%, so it may still meet the 70% target: more runs will tell",
                "• *Client proposal* — 3 runs · 33% (1 of 3), too few runs to judge · top edit: none yet");
        assertThat(ReportText.of(report)).contains(
                "- Support reply [support-reply]: 5 runs, acceptance 40% (2 of 5), top edit: none, BELOW THRESHOLD\n",
                "- Client proposal [proposal]: 3 runs, acceptance 33% (1 of 3), too few to judge, top edit: none\n");
        JsonArray workflows = JsonParser.parseString(ReportJson.of(report)).getAsJsonObject()
                .getAsJsonArray("workflows");
        assertThat(workflows.asList()).extracting(w -> w.getAsJsonObject().get("below_threshold").getAsBoolean())
                .containsExactly(true, false);
    }

    @Test
    void badDaysGetAClearMessageWithAnExampleAndNoReport() {
        Reply reply = ReportView.answer("days=400", days -> {
            throw new AssertionError("no report for bad input");
        });

        assertThat(reply.text()).isEqualTo(":warning: I can't make the report `/ailog report days=400`: the days are"
                + " a whole number from 1 to 365, not 400.");
        assertThat(json(reply)).contains("For example: `/ailog report days=28`");
    }

    @Test
    void daysAreReadFromTheArgumentsAndAWeekWithout() {
        List<Integer> asked = new ArrayList<>();
        ReportView.answer("days=28", days -> record(asked, days));
        ReportView.answer("", days -> record(asked, days));

        assertThat(asked).containsExactly(28, 7);
    }

    /** The lines of the report's workflows section, without its title. */
    private static List<String> workflowLines(Reply reply) {
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(reply.blocks())).getAsJsonArray().asList()
                .stream()
                .map(block -> block.getAsJsonObject().getAsJsonObject("text"))
                .filter(text -> text != null && text.get("text").getAsString().startsWith("*Workflows*"))
                .flatMap(text -> text.get("text").getAsString().lines().skip(1))
                .toList();
    }

    /** The blocks as Slack receives them, read back so that no character is escaped. */
    private static String json(Reply reply) {
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(reply.blocks())).toString();
    }

    private static TeamReport record(List<Integer> asked, int days) {
        asked.add(days);
        return bigTeam(1);
    }

    /** Long workflow names, every member enrolled and at risk, and an assessment due for each. */
    static TeamReport bigTeam(int members) {
        List<Workflow> catalog = new ArrayList<>();
        List<WorkflowAggregate> workflows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            WorkflowKey key = new WorkflowKey("workflow-" + i);
            catalog.add(new Workflow(key, "A very long workflow name that goes on <and> on & on, number " + i,
                    "UOWNER"));
            workflows.add(new WorkflowAggregate(key, 10 + i, i % 10, Map.of(EditType.MISSING_INFO, 3)));
        }
        List<Enrollment> enrollments = new ArrayList<>();
        List<MemberAggregate> figures = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String user = String.format("U%09d", i);
            enrollments.add(new Enrollment(i + 1, user, TODAY.minusDays(42 + i % 7), List.of(new WorkflowKey(
                    "workflow-1")), 70, ZoneId.of("UTC"), "UOWNER",
                    TODAY.minusDays(42 + i % 7).atStartOfDay(ZoneId.of("UTC")).toInstant(), Optional.empty()));
            figures.add(new MemberAggregate(user, 0, 0, 20, 4, 9, Optional.of(TODAY.minusDays(8)),
                    Optional.of(TODAY.minusDays(40))));
        }
        return TeamReport.of(new ReportInput(ReportWindow.lastDays(7, TODAY), TODAY, 70, catalog, enrollments,
                workflows, figures, Map.of()));
    }
}
