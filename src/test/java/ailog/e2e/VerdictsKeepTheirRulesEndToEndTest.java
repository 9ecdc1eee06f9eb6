package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.WorkflowKey;
import ailog.testing.BotProcess;
import ailog.testing.FakeSlack;
import ailog.testing.Replies;
import ailog.testing.RunningBot;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sam (target 70%) and Alex (target 80%) get their six-week verdicts on 9 Jan. Then Sam logs ten more runs dated in
 * those weeks, is enrolled again with a target of 90%, and the bot restarts with AILOG_TARGET 95: the report, as
 * text, JSON and Slack view, still shows the verdicts and figures that were sent, each with its own target, and says
 * the two were judged against different targets.
 */
class VerdictsKeepTheirRulesEndToEndTest {
    private static final String SAM = "U0SAM0001";
    private static final String ALEX = "U0ALEX001";
    private static final Instant ASSESSED = Instant.parse("2027-01-09T12:00:00Z");
    private static final Instant REPORT_AT = Instant.parse("2027-01-10T12:00:00Z");

    private static RunningBot bot;
    private static String ownerVerdictForSam;

    @BeforeAll
    static void samAndAlexAreAssessedThenSamsRulesAndRunsChange() {
        bot = RunningBot.start(Map.of("AILOG_TARGET", "70"));
        bot.addWorkflow("proposal", "Client proposal");
        List.of(SAM, ALEX, RunningBot.OWNER).forEach(user -> bot.slack().setUserZone(user, "UTC"));
        assertThat(bot.requests().slashCommand(RunningBot.OWNER,
                "enroll <@" + SAM + "|sam> workflows=proposal trained=2026-11-27").body()).contains("Enrolled");
        assertThat(bot.requests().slashCommand(RunningBot.OWNER,
                "enroll <@" + ALEX + "|alex> workflows=proposal target=80 trained=2026-11-27").body())
                .contains("Enrolled");
        bot.slack().awaitCalls("chat.postMessage", 2, Duration.ofSeconds(10));
        bot.storeRuns(runs(2, Outcome.AS_IS, Instant.parse("2027-01-06T12:00:00Z")));
        for (Instant day = Instant.parse("2026-11-28T12:00:00Z"); !day.isAfter(ASSESSED);
                day = day.plus(Duration.ofDays(1))) {
            bot.tick(day);
        }
        ownerVerdictForSam = bot.slack().delivered("chat.postMessage").stream()
                .filter(dm -> RunningBot.OWNER.equals(dm.get("channel")))
                .map(dm -> dm.get("text"))
                .filter(text -> text.contains("Six-week assessment for <@" + SAM + ">"))
                .findFirst().orElseThrow();

        // afterwards: ten more runs dated in week 6, a new enrollment with a new target, a new AILOG_TARGET
        bot.storeRuns(runs(10, Outcome.LIGHT_EDIT, Instant.parse("2027-01-10T09:00:00Z")));
        bot.clock().set(Instant.parse("2027-01-10T10:00:00Z"));
        assertThat(bot.requests().slashCommand(RunningBot.OWNER,
                "enroll <@" + SAM + "|sam> workflows=proposal target=90").body()).contains("Enrolled");
        bot.restart(Map.of("AILOG_TARGET", "95"));
        bot.clock().set(REPORT_AT);
    }

    /** Sam's proposals dated in week 6 (2 Jan – 8 Jan), logged at the instant. */
    private static List<NewRun> runs(int count, Outcome outcome, Instant loggedAt) {
        return IntStream.range(0, count)
                .mapToObj(i -> new NewRun(SAM, new WorkflowKey("proposal"), outcome,
                        outcome.takesEditType() ? Optional.of(ailog.domain.EditType.TONE) : Optional.empty(),
                        LocalDate.parse("2027-01-02").plusDays(i % 7), "", loggedAt, LogSource.IMPORT,
                        Optional.empty()))
                .toList();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static List<String> commandLine(String... args) throws IOException {
        BotProcess report = BotProcess.start(Map.of("AILOG_DB", bot.databaseLocation(),
                "AILOG_TIMEZONE", "UTC", "AILOG_TARGET", "95"), args);
        assertThat(report.awaitExit()).as(report.output().toString()).isEqualTo(0);
        return report.output();
    }

    @Test
    void theVerdictSentToTheOwnerWasJudgedOnTheRunsOfThatDay() {
        assertThat(ownerVerdictForSam).contains("reverted").contains("target 70%").contains("2 runs");
    }

    @Test
    void theSlackReportShowsTheVerdictsAsSentWithTheirTargetsAndSaysTheyDiffer() {
        String report = Replies.readable(bot.requests().slashCommand(RunningBot.OWNER, "report"));

        assertThat(report)
                .contains("Assessments in view were judged against different targets: 70% (1), 80% (1)")
                .contains("<@" + SAM + ">")
                .contains("reverted; quality not judged: 2 runs in weeks 3–6")
                .contains("target 70%")
                .contains("target 80%")
                .contains("2 runs in weeks 5–6")
                .doesNotContain("target 90%")
                .doesNotContain("adoption working");
    }

    @Test
    void theTextReportShowsTheVerdictsAsSentWithTheirTargetsAndSaysTheyDiffer() throws IOException {
        String report = String.join("\n", commandLine("report", "--at", REPORT_AT.toString()));

        assertThat(report)
                .contains("Assessments in view were judged against different targets: 70% (1), 80% (1)")
                .contains(SAM + ", trained 2026-11-27 on proposal, due 2027-01-08, given 2027-01-09: reverted")
                .contains("frequency no (2 runs of trained workflows in weeks 5–6")
                .contains("(2 of 2 accepted, 95% range 34–100%, in weeks 3–6, 2026-12-12 to 2027-01-08,"
                        + " target 70%)")
                .contains("target 80%");
    }

    @Test
    void theJsonReportShowsEachTargetAndDateAndThatTheRulesDiffer() throws IOException {
        List<String> output = commandLine("report", "--json", "--at", REPORT_AT.toString());
        JsonObject json = JsonParser.parseString(String.join("\n",
                output.subList(output.indexOf("{"), output.lastIndexOf("}") + 1))).getAsJsonObject();

        assertThat(json.get("assessment_rules_differ").getAsBoolean()).isTrue();
        assertThat(json.getAsJsonObject("assessment_targets").toString()).isEqualTo("{\"70\":1,\"80\":1}");
        JsonObject sam = assessmentOf(json, SAM);
        assertThat(sam.get("target_percent").getAsInt()).isEqualTo(70);
        assertThat(sam.get("judged_on").getAsString()).isEqualTo("2027-01-09");
        assertThat(sam.get("verdict").getAsString()).isEqualTo("reverted");
        assertThat(sam.get("frequency_runs").getAsInt()).isEqualTo(2);
        assertThat(sam.get("quality_runs").getAsInt()).isEqualTo(2);
        assertThat(sam.get("quality_ci").toString()).isEqualTo("[0.3424,1.0]");
        assertThat(sam.get("quality_ok").isJsonNull()).isTrue();
        assertThat(sam.getAsJsonObject("frequency_weeks").get("from").getAsString()).isEqualTo("2026-12-26");
        assertThat(assessmentOf(json, ALEX).get("target_percent").getAsInt()).isEqualTo(80);
    }

    private static JsonObject assessmentOf(JsonObject report, String user) {
        for (JsonElement a : report.getAsJsonArray("assessments")) {
            if (a.getAsJsonObject().get("user_id").getAsString().equals(user)) {
                return a.getAsJsonObject();
            }
        }
        throw new AssertionError("no assessment of " + user + " in " + report);
    }

    @Test
    void bothDmsOfAnAssessmentWereSentOnceEach() {
        List<FakeSlack.Call> dms = bot.slack().delivered("chat.postMessage");
        assertThat(dms).filteredOn(dm -> dm.get("text").contains("Six-week assessment for")).hasSize(2);
        assertThat(dms).filteredOn(dm -> SAM.equals(dm.get("channel"))
                && dm.get("text").contains("Six weeks since your AI training")).hasSize(1);
    }
}
