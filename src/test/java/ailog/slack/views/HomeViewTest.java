package ailog.slack.views;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.QuickLogChoices;
import ailog.app.feedback.OpenFeedback;
import ailog.domain.EditType;
import ailog.domain.Enrollment;
import ailog.domain.Feedback;
import ailog.domain.MemberStats;
import ailog.domain.MemberWeek;
import ailog.domain.Outcome;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.DatedRunCount;
import ailog.domain.metrics.RunCount;
import ailog.domain.schedule.ProgrammePosition;
import ailog.slack.feedback.OpenFeedbackSection;
import ailog.testing.BlockKitLimits;
import ailog.testing.ButtonStyles;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The Home tab: the owner's team first, the member's programme with its dates, quick log, "not quite right". */
class HomeViewTest {
    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    private static final MemberWeek THIS_WEEK = MemberWeek.containing(LocalDate.parse("2026-11-27"));
    private static final List<Workflow> CATALOG = IntStream.rangeClosed(1, 30)
            .mapToObj(n -> new Workflow(new WorkflowKey("workflow-" + n), "&".repeat(Workflow.MAX_NAME_LENGTH),
                    "U0OWNER"))
            .toList();
    private static final QuickLogChoices.Choices CHOICES = new QuickLogChoices.Choices(CATALOG.subList(0, 5), CATALOG);

    private static ProgrammePosition position(String trained, Optional<String> pausedUntil, Instant now) {
        Enrollment enrollment = new Enrollment(1, "U0MEMBER", LocalDate.parse(trained),
                List.of(new WorkflowKey("workflow-1")), 80, ZoneOffset.UTC, "U0OWNER",
                LocalDate.parse(trained).atStartOfDay(ZoneOffset.UTC).toInstant(), pausedUntil.map(LocalDate::parse));
        return ProgrammePosition.of(enrollment, now, 10);
    }

    private static View home(Optional<ProgrammePosition> programme, List<LayoutBlock> top, List<LayoutBlock> owner) {
        return HomeView.home(MemberStats.of(List.of(), THIS_WEEK, 70), programme, CHOICES, "nonce", top, owner);
    }

    @Test
    void anEnrolledMemberSeesTheirWeekTargetNextCheckInAndPauseWithDates() {
        View view = home(Optional.of(position("2026-11-06", Optional.of("2026-12-03"), NOW)), List.of(), List.of());

        assertThat(section(view, "home_programme")).isEqualTo("""
                *Week 3 of 6* (Sat 21 Nov – Fri 27 Nov) · trained Fri 6 Nov
                Your target: *80%* of runs accepted (as is or light edit)
                Next check-in: *Sat 5 Dec*, about week 4
                :pause_button: Paused until Thu 3 Dec — `/ailog pause off` to resume""");
        assertThat(section(view, "stats_week")).startsWith("*This week* (Mon 23 Nov – Sun 29 Nov)");
    }

    @Test
    void afterTheLastCheckInTheSixWeekReviewIsNextAndAfterItNothing() {
        View review = home(Optional.of(position("2026-11-27", Optional.empty(),
                Instant.parse("2027-01-05T12:00:00Z"))), List.of(), List.of());
        View done = home(Optional.of(position("2026-11-27", Optional.empty(),
                Instant.parse("2027-01-09T10:00:00Z"))), List.of(), List.of());

        assertThat(section(review, "home_programme")).isEqualTo("""
                *Week 6 of 6* (Sat 2 Jan – Fri 8 Jan) · trained Fri 27 Nov 2026
                Your target: *80%* of runs accepted (as is or light edit)
                Next: your six-week review on *Sat 9 Jan*""");
        assertThat(section(done, "home_programme")).isEqualTo("""
                *Six weeks done* (Sat 28 Nov 2026 – Fri 8 Jan) · trained Fri 27 Nov 2026
                Your target: *80%* of runs accepted (as is or light edit)""");
    }

    @Test
    void onTheTrainingDayItSaysWhenWeek1Starts() {
        View view = home(Optional.of(position("2026-11-27", Optional.empty(), NOW)), List.of(), List.of());

        assertThat(section(view, "home_programme")).startsWith("*Week 1 starts Sat 28 Nov* · trained Fri 27 Nov\n")
                .contains("Next check-in: *Sat 5 Dec*, about week 1");
    }

    @Test
    void aMemberNotEnrolledSeesNoProgrammeButCanStillSayNotQuiteRight() {
        String view = json(home(Optional.empty(), List.of(), List.of()));

        assertThat(view).doesNotContain("home_programme").doesNotContain("Week ").doesNotContain("Next check-in")
                .contains("\"action_id\":\"home_not_quite_right\"");
    }

    @Test
    void anOwnersTeamAndOpenFeedbackComeBeforeTheirOwnProgrammeAndQuickLog() {
        String view = json(home(Optional.of(position("2026-11-06", Optional.empty(), NOW)), List.of(),
                OpenFeedbackSection.blocks(feedback(2))));

        assertThat(view.indexOf("\"open_feedback\"")).isLessThan(view.indexOf("\"home_programme\""));
        assertThat(view.indexOf("\"home_programme\"")).isLessThan(view.indexOf("\"home_quick_log\""));
    }

    @Test
    void theFullestOwnersHomeStaysWithinBlockKitLimitsWithAtMostOnePrimaryButton() {
        List<DatedRunCount> counts = CATALOG.stream().map(w -> new DatedRunCount(LocalDate.parse("2026-11-24"),
                new RunCount(w.key(), Outcome.HEAVY_EDIT, Optional.of(EditType.TONE), 3))).toList();
        List<LayoutBlock> editStep = QuickLogCard.editTypeStep(CardChoice.of("n", "workflow-1")
                .with(Outcome.NOT_USED), CATALOG.get(0));
        View view = HomeView.home(MemberStats.of(counts, THIS_WEEK, 70),
                Optional.of(position("2026-11-06", Optional.of("2026-12-03"), NOW)), CHOICES, "nonce", editStep,
                OpenFeedbackSection.blocks(feedback(25)));

        String json = json(view);
        assertThat(BlockKitLimits.checkView(json)).isEmpty();
        assertThat(ButtonStyles.count(json, "primary")).isLessThanOrEqualTo(1);
    }

    private static List<OpenFeedback.Item> feedback(int count) {
        return IntStream.range(0, count).mapToObj(n -> new OpenFeedback.Item(
                new Feedback(n + 1, "U0M" + n, new WorkflowKey("workflow-1"), EditType.values()[n % 5],
                        "<b>too long</b> & more ".repeat(100), Instant.EPOCH, Optional.empty(), Optional.empty()),
                "Workflow one")).toList();
    }

    private static String json(View view) {
        return GsonFactory.createSnakeCase().toJson(view);
    }

    /** The mrkdwn text of the section with this block id. */
    private static String section(View view, String blockId) {
        for (JsonElement block : JsonParser.parseString(json(view)).getAsJsonObject().getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("block_id") && b.get("block_id").getAsString().equals(blockId)) {
                return b.getAsJsonObject("text").get("text").getAsString();
            }
        }
        throw new AssertionError("no block " + blockId + " in " + json(view));
    }
}
