package ailog.report;

import static ailog.domain.EditType.FORMAT;
import static ailog.domain.EditType.MISSING_INFO;
import static ailog.domain.EditType.SCOPE;
import static ailog.domain.EditType.TONE;
import static ailog.domain.EditType.WRONG_INFO;
import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.report.ReportText;
import ailog.cli.ReportJson;
import ailog.domain.metrics.TeamReport;
import ailog.slack.views.Reply;
import ailog.slack.views.ReportView;
import ailog.testing.BlockKitLimits;
import com.slack.api.util.json.GsonFactory;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eight weeks of a team in SQLite; every figure expected was worked out by hand for 2026-03-25 … 2026-03-31. */
class ReportGoldenTest {
    static final Instant AT = Instant.parse("2026-03-31T10:00:00Z");

    @TempDir
    Path dir;
    TeamHistory history;
    TeamReport report;

    @BeforeEach
    void storeTheTeam() {
        history = TeamHistory.in(dir)
                .workflow("proposal", "Client proposal")
                .workflow("status-update", "Weekly status update")
                .workflow("support-reply", "Support reply")
                .workflow("onboarding", "Onboarding checklist")
                // U1: day 42 is today; 5 trained runs in weeks 5–6, 6 of 7 accepted in weeks 3–6, 1 other workflow
                .enroll("U1", "2026-02-17", 70, "proposal")
                .log(aRun().by("U1").on("2026-02-17").asIs())
                .log(aRun().by("U1").on("2026-02-19").lightEdit(TONE))
                .log(aRun().by("U1").on("2026-03-10").asIs().times(2))
                .log(aRun().by("U1").of("status-update").on("2026-03-12").heavyEdit(SCOPE))
                .log(aRun().by("U1").on("2026-03-20").asIs())
                .log(aRun().by("U1").on("2026-03-26").asIs().times(2))
                .log(aRun().by("U1").on("2026-03-28").lightEdit(FORMAT))
                .log(aRun().by("U1").on("2026-03-30").heavyEdit(MISSING_INFO))
                // U2: trained long ago, first run 4 days after; a run dated tomorrow counts nowhere
                .enroll("U2", "2026-01-05", 70, "status-update")
                .log(aRun().by("U2").of("status-update").on("2026-01-09").asIs())
                .log(aRun().by("U2").of("status-update").on("2026-03-27").asIs())
                .log(aRun().by("U2").of("support-reply").on("2026-03-29").lightEdit(TONE))
                .log(aRun().by("U2").of("proposal").on("2026-04-02").asIs()) // later than any calendar: left out
                // U3: not enrolled; 12 runs of 3 workflows in the 28 days
                .log(aRun().by("U3").of("support-reply").on("2026-02-01").asIs())
                .log(aRun().by("U3").on("2026-03-10").lightEdit(FORMAT).times(4))
                .log(aRun().by("U3").on("2026-03-25").heavyEdit(TONE).times(3))
                .log(aRun().by("U3").of("status-update").on("2026-03-27").asIs().times(3))
                .log(aRun().by("U3").of("support-reply").on("2026-03-31").notUsed(MISSING_INFO).times(2))
                // U4: enrolled 11 days ago, nothing since
                .enroll("U4", "2026-03-20", 70, "proposal")
                // U5: one run in the 90 days; U6: none, so not listed
                .log(aRun().by("U5").on("2026-01-30").asIs())
                .log(aRun().by("U6").on("2025-12-01").asIs())
                // U7: day 42 was Sunday; one trained run in weeks 5–6, not used; nothing else
                .enroll("U7", "2026-02-15", 80, "support-reply")
                .log(aRun().by("U7").of("support-reply").on("2026-02-20").heavyEdit(WRONG_INFO))
                .log(aRun().by("U7").of("support-reply").on("2026-03-25").notUsed(null));
        report = history.buildReport(ZoneId.of("Europe/Berlin"), 70).report(7, AT);
    }

    @AfterEach
    void close() {
        history.close();
    }

    @Test
    void theJsonHeadlineFiguresAreTheTeamsWeek() {
        JsonObject json = json();

        assertThat(json.keySet()).containsExactly("window", "members_active", "runs", "acceptance_rate",
                "acceptance_ci", "workflows", "members", "edit_types", "segments", "assessments",
                "assessment_rules_differ", "assessment_targets");
        assertThat(json.getAsJsonObject("window").get("from").getAsString()).isEqualTo("2026-03-25");
        assertThat(json.getAsJsonObject("window").get("to").getAsString()).isEqualTo("2026-03-31");
        assertThat(json.get("members_active").getAsInt()).isEqualTo(4);
        assertThat(json.get("runs").getAsInt()).isEqualTo(15);
        assertThat(json.get("acceptance_rate").getAsDouble()).isEqualTo(8.0 / 15);
        assertThat(counts(json.getAsJsonObject("edit_types"))).isEqualTo(
                Map.of("tone", 4, "scope", 0, "format", 1, "missing-info", 3, "wrong-info", 0));
        assertThat(counts(json.getAsJsonObject("segments"))).isEqualTo(Map.of("power", 1, "narrow", 3, "non", 2));
    }

    @Test
    void theJsonWorkflowsAreEveryCatalogEntryMostRunsFirst() {
        JsonArray workflows = json().getAsJsonArray("workflows");

        assertThat(workflows).hasSize(4);
        assertWorkflow(workflows.get(0), "proposal", "Client proposal", 7, 3.0 / 7, true,
                Map.of("tone", 3, "scope", 0, "format", 1, "missing-info", 1, "wrong-info", 0));
        assertWorkflow(workflows.get(1), "status-update", "Weekly status update", 4, 1.0, false,
                Map.of("tone", 0, "scope", 0, "format", 0, "missing-info", 0, "wrong-info", 0));
        assertWorkflow(workflows.get(2), "support-reply", "Support reply", 4, 0.25, false,
                Map.of("tone", 1, "scope", 0, "format", 0, "missing-info", 2, "wrong-info", 0));
        assertWorkflow(workflows.get(3), "onboarding", "Onboarding checklist", 0, null, false,
                Map.of("tone", 0, "scope", 0, "format", 0, "missing-info", 0, "wrong-info", 0));
    }

    @Test
    void theJsonMembersAreEveryoneWithRunsIn90DaysOrAnEnrollmentMostRunsFirst() {
        JsonArray members = json().getAsJsonArray("members");

        assertThat(members).hasSize(6);
        assertMember(members.get(0), "U3", 8, 3.0 / 8, 3, null, "power", false);
        assertMember(members.get(1), "U1", 4, 0.75, 2, 2, "narrow", false);
        assertMember(members.get(2), "U2", 2, 1.0, 2, 4, "narrow", false);
        assertMember(members.get(3), "U7", 1, 0.0, 1, 5, "narrow", false);
        assertMember(members.get(4), "U4", 0, null, 0, null, "non", true);
        assertMember(members.get(5), "U5", 0, null, 1, null, "non", false);
    }

    @Test
    void theJsonAssessmentsAreTheTwoThatCameDueThisWeekEarliestTrainingFirst() {
        JsonArray assessments = json().getAsJsonArray("assessments");

        assertThat(assessments).hasSize(2);
        JsonObject u7 = assessments.get(0).getAsJsonObject();
        assertThat(u7.get("user_id").getAsString()).isEqualTo("U7");
        assertThat(u7.get("frequency_ok").getAsBoolean()).isFalse();
        assertThat(u7.get("quality_ok").isJsonNull()).isTrue();
        assertThat(u7.get("expansion_ok").getAsBoolean()).isFalse();
        assertThat(u7.get("verdict").getAsString()).isEqualTo("reverted");
        assertThat(strings(u7.getAsJsonArray("next_steps"))).containsExactly("diagnose why; intervene",
                "second training session on more workflows");
        JsonObject u1 = assessments.get(1).getAsJsonObject();
        assertThat(u1.get("user_id").getAsString()).isEqualTo("U1");
        assertThat(u1.get("frequency_ok").getAsBoolean()).isFalse();
        assertThat(u1.get("quality_ok").getAsBoolean()).isTrue();
        assertThat(u1.get("expansion_ok").getAsBoolean()).isTrue();
        assertThat(u1.get("verdict").getAsString()).isEqualTo("reverted");
        assertThat(strings(u1.getAsJsonArray("next_steps"))).containsExactly("diagnose why; intervene");
    }

    @Test
    void eachAssessmentsQualityCarriesItsWilsonRangeBesideItsFigures() {
        JsonArray assessments = json().getAsJsonArray("assessments");
        JsonObject u7 = assessments.get(0).getAsJsonObject();
        JsonObject u1 = assessments.get(1).getAsJsonObject();

        // 0 of 1 and 6 of 7 in weeks 3–6: Wilson's 95% bounds 0–0.7935 and 0.4869–0.9743
        assertThat(u7.get("quality_accepted").getAsInt()).isZero();
        assertThat(u7.get("quality_runs").getAsInt()).isEqualTo(1);
        assertThat(u7.get("quality_ci").toString()).isEqualTo("[0.0,0.7935]");
        assertThat(u1.get("quality_accepted").getAsInt()).isEqualTo(6);
        assertThat(u1.get("quality_runs").getAsInt()).isEqualTo(7);
        assertThat(u1.get("quality_ci").toString()).isEqualTo("[0.4869,0.9743]");
    }

    @Test
    void anAssessmentWithFewerThanFiveQualityRunsHasANullQualityNeverAFalseOne() {
        JsonObject u7 = json().getAsJsonArray("assessments").get(0).getAsJsonObject();

        assertThat(u7.get("user_id").getAsString()).isEqualTo("U7");
        assertThat(u7.has("quality_ok")).isTrue();
        assertThat(u7.get("quality_ok")).isEqualTo(JsonNull.INSTANCE);
        assertThat(strings(u7.getAsJsonArray("next_steps")))
                .doesNotContain("diagnose the context or prompt gap; fix it");
    }

    @Test
    void theTextGivesTheHeadlineThenEveryPart() {
        assertThat(ReportText.of(report)).isEqualTo("""
                4 team members ran 15 workflow sessions in the 7 days Wed 25 Mar – Tue 31 Mar; blended acceptance rate 53%; 1 workflow below \
                threshold under review.
                2026-03-25 to 2026-03-31, target 70%

                Workflows
                - Client proposal [proposal]: 7 runs, acceptance 43% (3 of 7), top edit: tone -> fix the voice guide, \
                BELOW THRESHOLD
                - Weekly status update [status-update]: 4 runs, acceptance 100% (4 of 4), too few to judge, \
                top edit: none
                - Support reply [support-reply]: 4 runs, acceptance 25% (1 of 4), too few to judge, \
                top edit: missing info -> fix the context pack
                - Onboarding checklist [onboarding]: 0 runs, acceptance —, top edit: none

                Members
                - U3: 8 runs, acceptance 38% (3 of 8), 3 workflows in 90 days, power user
                - U1: 4 runs, acceptance 75% (3 of 4), too few to judge, 2 workflows in 90 days, \
                first run 2 days after training, narrow adopter
                - U2: 2 runs, acceptance 100% (2 of 2), too few to judge, 2 workflows in 90 days, \
                first run 4 days after training, narrow adopter
                - U7: 1 run, acceptance 0% (0 of 1), too few to judge, 1 workflow in 90 days, \
                first run 5 days after training, narrow adopter
                - U4: 0 runs, acceptance —, 0 workflows in 90 days, non-adopter, AT RISK
                - U5: 0 runs, acceptance —, 1 workflow in 90 days, non-adopter

                Segments over the last 28 days, against the unguided baseline
                - power users: 1 (17%), baseline 10–15 %, above
                - narrow adopters: 3 (50%), baseline 20–30 %, above
                - non-adopters: 2 (33%), baseline 50–60 %, below

                Six-week assessments due
                Assessments in view were judged against different targets: 70% (1), 80% (1)
                - U7, trained 2026-02-15 on support-reply, due 2026-03-29, not given yet: reverted; \
                quality not judged: 1 run in weeks 3–6, 5 needed
                  frequency no (1 run of trained workflows in weeks 5–6, 2026-03-16 to 2026-03-29, \
                3 a week needed), quality not enough runs to judge (0 of 1 accepted, 95% range 0–79%, \
                in weeks 3–6, 2026-03-02 to 2026-03-29, target 80%), expansion no (0 other workflows, \
                2026-02-16 to 2026-03-29)
                  next: diagnose why; intervene
                  also: stable, not deepening -> second training session on more workflows
                - U1, trained 2026-02-17 on proposal, due 2026-03-31, not given yet: reverted
                  frequency no (5 runs of trained workflows in weeks 5–6, 2026-03-18 to 2026-03-31, \
                3 a week needed), quality yes (6 of 7 accepted, 95% range 49–97%, in weeks 3–6, \
                2026-03-04 to 2026-03-31, target 70%), expansion yes (1 other workflow, 2026-02-18 to 2026-03-31)
                  next: diagnose why; intervene""");
    }

    @Test
    void theSlackReplyShowsTheSamePartsWithinBlockKitLimits() {
        Reply reply = ReportView.of(report);
        String blocks = GsonFactory.createSnakeCase().toJson(reply.blocks());

        assertThat(BlockKitLimits.checkMessage(reply.text(), blocks)).isEmpty();
        assertThat(reply.text()).isEqualTo("4 team members ran 15 workflow sessions in the 7 days Wed 25 Mar – Tue 31 Mar; blended acceptance rate"
                + " 53%; 1 workflow below threshold under review.");
        assertThat(sectionTexts(blocks)).containsExactly("""
                :bar_chart: *Team report* Wed 25 Mar – Tue 31 Mar · target 70%
                4 team members ran 15 workflow sessions in the 7 days Wed 25 Mar – Tue 31 Mar; blended acceptance rate 53%; 1 workflow below \
                threshold under review.""", """
                *Workflows*
                • *Client proposal* — 7 runs · 43% (3 of 7) · top edit: tone → fix the voice guide · \
                :small_red_triangle_down: *below threshold* — 95% range 16–75%, so it may still meet the 70% target: \
                more runs will tell
                • *Weekly status update* — 4 runs · 100% (4 of 4), too few runs to judge · top edit: none yet
                • *Support reply* — 4 runs · 25% (1 of 4), too few runs to judge · top edit: missing info → \
                fix the context pack
                • *Onboarding checklist* — 0 runs · — (no runs yet) · top edit: none yet""", """
                *Members*
                • <@U3> — 8 runs · 38% (3 of 8) · 3 workflows in 90 days · power user
                • <@U1> — 4 runs · 75% (3 of 4), too few runs to judge · 2 workflows in 90 days · narrow adopter
                • <@U2> — 2 runs · 100% (2 of 2), too few runs to judge · 2 workflows in 90 days · narrow adopter
                • <@U7> — 1 run · 0% (0 of 1), too few runs to judge · 1 workflow in 90 days · narrow adopter
                • <@U4> — 0 runs · — (no runs yet) · 0 workflows in 90 days · non-adopter · \
                :warning: *at risk*
                • <@U5> — 0 runs · — (no runs yet) · 1 workflow in 90 days · non-adopter""", """
                *Segments* over the last 28 days (6 members), against the unguided baseline
                • power users: 1 (17%) — baseline 10–15 %, *above*
                • narrow adopters: 3 (50%) — baseline 20–30 %, *above*
                • non-adopters: 2 (33%) — baseline 50–60 %, *below*""", """
                *Six-week assessments due*
                :warning: Assessments in view were judged against different targets: 70% (1), 80% (1)
                • <@U7>, trained Sun 15 Feb on support-reply: *reverted; quality not judged: 1 run in weeks 3–6, \
                5 needed* — next: diagnose why; intervene
                   not given yet · target 80% · :x: frequency 1 run in weeks 5–6 · :grey_question: quality 0% \
                (0 of 1, 95% range 0–79%), not enough runs to judge · :x: expansion
                   also: stable, not deepening → second training session on more workflows
                • <@U1>, trained Tue 17 Feb on proposal: *reverted* — next: diagnose why; intervene
                   not given yet · target 70% · :x: frequency 5 runs in weeks 5–6 · :white_check_mark: quality \
                86% (6 of 7, 95% range 49–97%) · :white_check_mark: expansion""");
    }

    private static List<String> sectionTexts(String blocksJson) {
        return JsonParser.parseString(blocksJson).getAsJsonArray().asList().stream()
                .map(JsonElement::getAsJsonObject)
                .filter(block -> block.get("type").getAsString().equals("section"))
                .map(block -> block.getAsJsonObject("text").get("text").getAsString())
                .toList();
    }

    private JsonObject json() {
        return JsonParser.parseString(ReportJson.of(report)).getAsJsonObject();
    }

    private static void assertWorkflow(JsonElement element, String key, String name, int runs, Double rate,
            boolean below, Map<String, Integer> editTypes) {
        JsonObject workflow = element.getAsJsonObject();
        assertThat(workflow.get("key").getAsString()).isEqualTo(key);
        assertThat(workflow.get("name").getAsString()).isEqualTo(name);
        assertThat(workflow.get("runs").getAsInt()).isEqualTo(runs);
        assertThat(number(workflow.get("acceptance_rate"))).isEqualTo(rate);
        assertThat(workflow.get("below_threshold").getAsBoolean()).isEqualTo(below);
        assertThat(counts(workflow.getAsJsonObject("edit_types"))).isEqualTo(editTypes);
    }

    private static void assertMember(JsonElement element, String user, int runs, Double rate, int workflows90d,
            Integer timeToFirstRun, String segment, boolean atRisk) {
        JsonObject member = element.getAsJsonObject();
        assertThat(member.get("user_id").getAsString()).isEqualTo(user);
        assertThat(member.get("runs").getAsInt()).isEqualTo(runs);
        assertThat(number(member.get("acceptance_rate"))).isEqualTo(rate);
        assertThat(member.get("workflow_count_90d").getAsInt()).isEqualTo(workflows90d);
        JsonElement days = member.get("time_to_first_run_days");
        assertThat(days.isJsonNull() ? null : days.getAsInt()).isEqualTo(timeToFirstRun);
        assertThat(member.get("segment").getAsString()).isEqualTo(segment);
        assertThat(member.get("at_risk").getAsBoolean()).isEqualTo(atRisk);
    }

    /** Null only when the key is there with a JSON null: a missing key fails. */
    private static Double number(JsonElement element) {
        assertThat(element).isNotNull();
        return element.isJsonNull() ? null : element.getAsDouble();
    }

    private static Map<String, Integer> counts(JsonObject object) {
        return object.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getAsInt()));
    }

    private static List<String> strings(JsonArray array) {
        return array.asList().stream().map(JsonElement::getAsString).toList();
    }
}
