package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.testing.FakeSlack;
import ailog.testing.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every on-demand view names the days its figures cover, and a run counts in the window of its own date whatever the
 * viewer's zone: a member ahead of the owner's calendar is never hidden from the owner's "now".
 */
class WindowLabelsEndToEndTest {
    private static final String AUCKLAND = "U0AUCKLND";
    /** Monday 30 November, 20:00 in Berlin: already Tuesday 1 December, 08:00, in Auckland. */
    private static final Instant MONDAY_EVENING_IN_BERLIN = Instant.parse("2026-11-30T19:00:00Z");
    /** "this week" only beside its dates: "This week (Mon 30 Nov – Sun 6 Dec)", "30 Nov – 6 Dec (this week)". */
    static final String THIS_WEEK_WITHOUT_DATES = "(?i)(?<!\\d{1,2} \\w{3} \\()this week\\*?+(?! \\(\\w{3} \\d)";

    private RunningBot bot;

    @BeforeEach
    void start() {
        bot = RunningBot.start(Map.of("AILOG_TIMEZONE", "UTC"));
        bot.addWorkflow("proposal", "Client proposal");
        bot.slack().setUserZone(RunningBot.OWNER, "Europe/Berlin");
        bot.slack().setUserZone(AUCKLAND, "Pacific/Auckland");
        bot.clock().set(MONDAY_EVENING_IN_BERLIN);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void aRunLoggedOnTheMembersTuesdayShowsInTheOwnersReportOnTheirMonday() {
        assertThat(bot.requests().slashCommand(AUCKLAND, "proposal as-is").body()).contains("Tue 1 Dec");

        String report = bot.requests().slashCommand(RunningBot.OWNER, "report").body();

        assertThat(report).contains("1 team member ran 1 workflow session in the 7 days Wed 25 Nov – Tue 1 Dec");
    }

    @Test
    void theOwnersHomeTabCountsTheMemberAheadToo() {
        bot.requests().slashCommand(AUCKLAND, "proposal as-is");

        bot.requests().appHomeOpened(RunningBot.OWNER);

        FakeSlack.Call publish = bot.slack().awaitCalls("views.publish", 1, Duration.ofSeconds(5)).get(0);
        assertThat(publish.get("view")).contains("Your team · Wed 25 Nov – Tue 1 Dec")
                .contains("1 team member ran 1 workflow session");
    }

    @Test
    void withNobodyAheadTheOwnersWindowEndsOnTheirOwnToday() {
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "report").body())
                .contains("0 team members ran 0 workflow sessions in the 7 days Tue 24 Nov – Mon 30 Nov");
    }

    @Test
    void everyOnDemandViewNamesItsDays() {
        String logged = bot.requests().slashCommand(AUCKLAND, "proposal light-edit tone").body();
        String backDated = bot.requests().slashCommand(AUCKLAND, "proposal as-is date:2026-11-20").body();
        String me = bot.requests().slashCommand(AUCKLAND, "me").body();
        String report = bot.requests().slashCommand(RunningBot.OWNER, "report days=28").body();
        bot.requests().appHomeOpened(AUCKLAND);
        String home = bot.slack().awaitCalls("views.publish", 1, Duration.ofSeconds(5)).get(0).get("view");

        assertThat(logged).contains("This week (Mon 30 Nov – Sun 6 Dec): 1 run");
        assertThat(backDated).contains("Week Mon 16 Nov – Sun 22 Nov: 1 run");
        assertThat(me).contains("This week* (Mon 30 Nov – Sun 6 Dec)").contains("30 Nov – 6 Dec");
        assertThat(report).contains("Team report* Wed 4 Nov – Tue 1 Dec")
                .contains("in the 28 days Wed 4 Nov – Tue 1 Dec");
        assertThat(home).contains("This week* (Mon 30 Nov – Sun 6 Dec)");
        for (String view : List.of(logged, backDated, me, report, home)) {
            assertThat(view).doesNotContainPattern(THIS_WEEK_WITHOUT_DATES);
        }
    }
}
