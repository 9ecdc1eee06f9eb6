package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.cli.CsvExport;
import ailog.cli.CsvImport;
import ailog.domain.Feedback;
import ailog.domain.Run;
import ailog.persistence.Database;
import ailog.persistence.JooqFeedbacks;
import ailog.persistence.JooqRuns;
import ailog.persistence.JooqWorkflows;
import ailog.slack.views.ActionIds;
import ailog.testing.FakeSlack;
import ailog.testing.FeedbackForm;
import ailog.testing.RunningBot;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text typed in Slack is stored as meant, shown escaped exactly once, and survives export and import unchanged. */
class SlackTextEndToEndTest {
    private static final String MEMBER = "U0TEXT001";
    private static final String ZWSP = "\u200B";
    /** What Slack sends for {@code asked @sam about R&D <b> *bold* 🎉 日本語 Ünïcödé} with should_escape. */
    private static final String AS_SLACK_SENDS =
            "proposal light-edit tone asked <@U0SAM|sam> about R&amp;D &lt;b&gt; *bold* 🎉 日本語 Ünïcödé";
    private static final String AS_MEANT = "asked @sam (U0SAM) about R&D <b> *bold* 🎉 日本語 Ünïcödé";

    @TempDir
    Path folder;

    private RunningBot bot;

    @BeforeEach
    void startBot() {
        bot = RunningBot.start();
        bot.addWorkflow("proposal", "Client proposal");
        bot.slack().setUserZone(MEMBER, "UTC");
    }

    @AfterEach
    void stopBot() {
        bot.close();
    }

    @Test
    void aNoteTypedInSlackIsStoredAsMeantEchoedOnceAndRoundTripsThroughExportAndImport() throws Exception {
        JsonObject reply = bot.requests().slashCommand(MEMBER, AS_SLACK_SENDS).json();

        assertThat(bot.storedRunsOf(MEMBER)).extracting(Run::notes).containsExactly(AS_MEANT);
        assertThat(blockText(reply, "notes")).isEqualTo("Notes: asked <@U0SAM> about R&amp;D &lt;b&gt; *" + ZWSP
                + "bold" + ZWSP + "* 🎉 日本語 Ünïcödé");

        String exported = exportedCsv();
        assertThat(exported.lines()).last().isEqualTo("2026-11-27," + MEMBER + ",proposal,light-edit,tone," + AS_MEANT);

        Path file = Files.writeString(folder.resolve("exported.csv"), exported, StandardCharsets.UTF_8);
        try (Database fresh = Database.open(folder.resolve("fresh.db").toString())) {
            JooqRuns runs = new JooqRuns(fresh);
            Clock clock = Clock.fixed(RunningBot.START, ZoneOffset.UTC);
            assertThat(new CsvImport(runs, new JooqWorkflows(fresh, clock), clock, quiet(), quiet())
                    .run(List.of(file.toString(), "--create-workflows"))).isEqualTo(0);
            List<String> notes = new ArrayList<>();
            runs.forEach(run -> notes.add(run.notes()));
            assertThat(notes).containsExactly(AS_MEANT);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new CsvExport(runs, new PrintStream(again, true, StandardCharsets.UTF_8), quiet()).run(List.of());
            assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(exported);
        }
    }

    @Test
    void aWorkflowNameWithFormattingCharactersStaysWholeInBold() {
        String added = blockText(bot.requests().slashCommand(RunningBot.OWNER,
                "workflow add odd-one *R&amp;D* a_b ~v2~ `x`").json(), null);
        JsonObject logged = bot.requests().slashCommand(MEMBER, "odd-one as-is").json();

        String bold = "**" + ZWSP + "R&amp;D" + ZWSP + "* a" + ZWSP + "_" + ZWSP + "b ~" + ZWSP + "v2" + ZWSP + "~ `"
                + ZWSP + "x" + ZWSP + "`*";
        assertThat(bot.catalog()).anySatisfy(w -> assertThat(w.name()).isEqualTo("*R&D* a_b ~v2~ `x`"));
        assertThat(added).startsWith(":white_check_mark: Added " + bold + " as `odd-one`.");
        assertThat(blockText(logged, "logged"))
                .isEqualTo(":white_check_mark: Logged " + bold + " — as is on Fri 27 Nov.");
        assertThat(logged.get("text").getAsString()).startsWith("Logged *" + ZWSP + "R&amp;D" + ZWSP + "* a");
    }

    @Test
    void enrollStillTakesPeopleByMentionNowThatMentionsArriveReadable() {
        bot.slack().setUserZone("U0NEWYORK", "America/New_York");
        String reply = bot.requests().slashCommand(RunningBot.OWNER,
                "enroll <@U0NEWYORK|ny> <@U0BERLIN01> <@U0SHORT> workflows=proposal").body();
        assertThat(reply).contains("Enrolled");
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "enrollments").body())
                .contains("Enrollments (3)").contains("U0NEWYORK").contains("U0BERLIN01").contains("U0SHORT");
    }

    @Test
    void aFeedbackDescriptionFromTheFormIsStoredAsTypedAndShownToTheOwnerEscapedOnce() {
        String typed = "R&amp;D stays as typed, R&D <b> *too*"; // modal inputs arrive unescaped, so nothing is undone
        bot.requests().viewSubmission(MEMBER, ActionIds.FEEDBACK_MODAL, "",
                FeedbackForm.filled().description(typed).stateValues());

        assertThat(new JooqFeedbacks(bot.bot().database(), bot.clock()).open())
                .extracting(Feedback::description).containsExactly(typed);
        FakeSlack.Call dm = bot.slack().awaitCalls("chat.postMessage", 1, Duration.ofSeconds(5)).get(0);
        JsonObject message = new JsonObject();
        message.add("blocks", JsonParser.parseString(dm.get("blocks")));
        assertThat(blockText(message, "feedback")).endsWith(":\n> R&amp;amp;D stays as typed, R&amp;D &lt;b&gt; *"
                + ZWSP + "too" + ZWSP + "*");
    }

    private String exportedCsv() {
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "export").body()).contains("Exporting");
        bot.slack().awaitCalls("files.completeUploadExternal", 1, Duration.ofSeconds(10));
        List<FakeSlack.Upload> uploads = bot.slack().uploads();
        return new String(uploads.get(uploads.size() - 1).bytes(), StandardCharsets.UTF_8);
    }

    /** The mrkdwn of the block with {@code blockId} (the first block when null), as Slack reads it. */
    private static String blockText(JsonObject message, String blockId) {
        for (JsonElement element : message.getAsJsonArray("blocks")) {
            JsonObject block = element.getAsJsonObject();
            if (blockId == null || blockId.equals(block.has("block_id") ? block.get("block_id").getAsString() : "")) {
                return block.has("text") ? block.getAsJsonObject("text").get("text").getAsString()
                        : block.getAsJsonArray("elements").get(0).getAsJsonObject().get("text").getAsString();
            }
        }
        throw new AssertionError("no block " + blockId + " in " + message);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
