package ailog.e2e;

import static ailog.testing.RunToStore.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.NewRun;
import ailog.domain.WorkflowKey;
import ailog.testing.BotProcess;
import ailog.testing.FakeSlack;
import ailog.testing.RunningBot;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A workflow at about 50% for 30 runs, a context-pack fix, then 85% for 40 runs: the workflow page, the weekly
 * report and {@code report --json} all say "better" with the same figures, and the member who reported the problem
 * hears twice, once each. With only 8 runs after, every view says "no clear change yet".
 */
class FixesProvenEndToEndTest {
    private static final String DANA = "U0DANA001";
    private static final String LEE = "U0LEE0001";
    private static final String BEFORE = "50% (15 of 30, 95% range 33–67%)";
    private static final String AFTER = "85% (34 of 40, 95% range 71–93%)";
    private static final Instant MONDAY_MORNING = Instant.parse("2026-12-21T08:00:00Z");
    private static final Instant REPORT_TIME = Instant.parse("2026-12-21T09:00:00Z");

    private RunningBot bot;

    @AfterEach
    void stop() {
        bot.close();
    }

    private void aWorkflowAtHalfForThirtyRunsWithFeedbackFromDana() {
        bot = RunningBot.start();
        bot.slack().setUserZone(RunningBot.OWNER, "UTC"); // the weekly report comes at 09:00 UTC
        bot.addWorkflow("proposal", "Client proposal");
        List<NewRun> before = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            LocalDate day = LocalDate.parse("2026-11-05").plusDays(i % 22);
            before.add(i % 2 == 0 ? aRun().by(DANA).on(day).asIs().build()
                    : aRun().by(LEE).on(day).heavyEdit(EditType.MISSING_INFO).build());
        }
        bot.storeRuns(before);
        bot.bot().services().feedbacks().add(DANA, new WorkflowKey("proposal"), EditType.MISSING_INFO,
                "It quoted last quarter's prices");
        bot.bot().services().feedbacks().add(LEE, new WorkflowKey("proposal"), EditType.TONE, "Far too formal");
    }

    private void runsAfter(int accepted, int notAccepted) {
        List<NewRun> after = new ArrayList<>();
        for (int i = 0; i < accepted + notAccepted; i++) {
            LocalDate day = LocalDate.parse("2026-11-28").plusDays(i % 23);
            after.add(i < accepted ? aRun().by(i % 2 == 0 ? DANA : LEE).on(day).asIs().build()
                    : aRun().by(LEE).on(day).heavyEdit(EditType.WRONG_INFO).build());
        }
        bot.storeRuns(after);
    }

    private List<FakeSlack.Call> dmsTo(String user) {
        return bot.slack().delivered("chat.postMessage").stream().filter(c -> user.equals(c.get("channel"))).toList();
    }

    private String ownerCommand(String text) {
        return bot.requests().slashCommand(RunningBot.OWNER, text).body().replace("\\u0027", "'")
                .replace("\\u003c", "<").replace("\\u003e", ">");
    }

    private void theOwnerRecordsTheContextPackFix() {
        assertThat(bot.requests().slashCommand(DANA, "fix proposal context-pack added prices").body())
                .contains("is for the AI system owners");
        assertThat(ownerCommand("fix proposal context-pack added this quarter's price list"))
                .contains("Recorded").contains("context pack").contains("1 member");
        bot.slack().awaitCalls(c -> DANA.equals(c.get("channel")), 1, Duration.ofSeconds(10), "Dana's first DM");
        assertThat(dmsTo(DANA).get(0).get("text")).contains("updated its context pack")
                .contains("added this quarter's price list");
        assertThat(dmsTo(LEE)).as("Lee's feedback was on tone: not this change's").isEmpty();
    }

    private JsonObject reportJson(Instant at) throws IOException {
        BotProcess report = BotProcess.start(Map.of("AILOG_DB", bot.databaseLocation(),
                "AILOG_TIMEZONE", "UTC"), "report", "--json", "--at", at.toString());
        assertThat(report.awaitExit()).as(report.output().toString()).isEqualTo(0);
        List<String> output = report.output();
        return JsonParser.parseString(String.join("\n", output.subList(output.indexOf("{"),
                output.lastIndexOf("}") + 1))).getAsJsonObject();
    }

    @Test
    void aClearImprovementReadsBetterEverywhereAndTheReporterHearsTwiceOnce() throws IOException {
        aWorkflowAtHalfForThirtyRunsWithFeedbackFromDana();
        theOwnerRecordsTheContextPackFix();
        runsAfter(34, 6);

        bot.tick(MONDAY_MORNING);
        bot.tick(MONDAY_MORNING.plusSeconds(60));
        bot.restart();
        bot.tick(MONDAY_MORNING.plusSeconds(120));
        assertThat(dmsTo(DANA)).hasSize(2);
        assertThat(dmsTo(DANA).get(1).get("text")).contains("Since the context pack update")
                .contains("usable 85% of the time").contains("up from 50%");
        assertThat(dmsTo(LEE)).isEmpty();

        String page = ownerCommand("workflow proposal");
        assertThat(page).contains("Client proposal").contains(BEFORE).contains(AFTER).contains("*better*")
                .contains("before and after, not a controlled test").contains(":wrench: context pack")
                .contains("<@" + LEE + ">, tone");
        bot.slack().awaitCalls("files.completeUploadExternal", 1, Duration.ofSeconds(10));
        byte[] png = bot.slack().uploads().get(0).bytes();
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(chart.getWidth()).isEqualTo(800);
        assertThat(chart.getHeight()).isEqualTo(400);
        assertThat(ownerCommand("fixes proposal")).contains(BEFORE).contains(AFTER).contains("*better*");

        bot.tick(REPORT_TIME);
        List<FakeSlack.Call> weekly = dmsTo(RunningBot.OWNER).stream()
                .filter(c -> c.get("text").contains("workflow sessions")).toList();
        assertThat(weekly).hasSize(1);
        assertThat(weekly.get(0).get("blocks").replace("\\u0027", "'")).contains("Changes to the foundations")
                .contains(BEFORE).contains(AFTER).contains("*better*").contains("What to fix next");

        JsonObject change = reportJson(REPORT_TIME).getAsJsonArray("changes").get(0).getAsJsonObject();
        assertThat(change.get("verdict").getAsString()).isEqualTo("better");
        assertThat(change.get("foundation").getAsString()).isEqualTo("context-pack");
        assertThat(change.getAsJsonObject("before").get("runs").getAsInt()).isEqualTo(30);
        assertThat(change.getAsJsonObject("before").get("accepted").getAsInt()).isEqualTo(15);
        assertThat(change.getAsJsonObject("after").get("runs").getAsInt()).isEqualTo(40);
        assertThat(change.getAsJsonObject("after").get("accepted").getAsInt()).isEqualTo(34);
        assertThat(change.getAsJsonObject("after").getAsJsonArray("acceptance_ci").get(0).getAsDouble())
                .isBetween(0.709, 0.710);
        assertThat(change.get("p_value").getAsDouble()).isLessThan(0.05);
    }

    @Test
    void eightRunsAfterAreNoClearChangeYetAndTheReporterHearsOnlyOnce() throws IOException {
        aWorkflowAtHalfForThirtyRunsWithFeedbackFromDana();
        theOwnerRecordsTheContextPackFix();
        runsAfter(7, 1);

        bot.tick(MONDAY_MORNING);
        bot.restart();
        bot.tick(REPORT_TIME);
        assertThat(dmsTo(DANA)).hasSize(1);

        String page = ownerCommand("workflow proposal");
        assertThat(page).contains(BEFORE).contains("88% (7 of 8, 95% range 53–98%)")
                .contains("*no clear change yet* — about 15 more runs to tell");
        assertThat(dmsTo(RunningBot.OWNER).stream().filter(c -> c.get("blocks").contains("Changes to the foundations"))
                .findFirst().orElseThrow().get("blocks")).contains("*no clear change yet*");
        JsonObject change = reportJson(REPORT_TIME).getAsJsonArray("changes").get(0).getAsJsonObject();
        assertThat(change.get("verdict").getAsString()).isEqualTo("no-clear-change");
        assertThat(change.get("more_runs").getAsInt()).isEqualTo(15);
    }

    @Test
    void mistakesGetWholeSentencesWithAnExampleAndTheWorkflowCommandStillAdds() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        assertThat(ownerCommand("fix")).contains("Say which workflow").contains("For example: `/ailog fix proposal");
        assertThat(ownerCommand("fix proposal vibes tighter")).contains("`vibes` is not a part of the foundations")
                .contains("For example");
        assertThat(ownerCommand("fix proposal context-pack")).contains("Say what changed after `context-pack`")
                .contains("For example: `/ailog fix proposal context-pack");
        assertThat(ownerCommand("fix nope context-pack new prices")).contains("no workflow `nope`")
                .contains("For example: `/ailog fix proposal");
        assertThat(ownerCommand("fixes")).contains("No changes to the foundations recorded");
        assertThat(bot.requests().slashCommand(DANA, "fixes").body()).contains("is for the AI system owners");
        assertThat(bot.requests().slashCommand(DANA, "workflow proposal").body())
                .contains("is for the AI system owners");
        assertThat(ownerCommand("workflow add status-update Status update")).contains("status-update");
        assertThat(bot.catalog()).hasSize(2);
        assertThat(bot.slack().violations()).isEmpty();
    }
}
