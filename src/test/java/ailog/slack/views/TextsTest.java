package ailog.slack.views;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.MemberWeek;
import ailog.domain.WeekProgress;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one way people's text and figures go out: escaped once, unbroken in bold, clipped to what Slack accepts; a rate
 * marked against its target only from enough runs.
 */
class TextsTest {
    private static final String ZWSP = "\u200B";

    static Stream<Arguments> workflowNamesInBold() {
        return Stream.of(
                Arguments.of("Client proposal", "*Client proposal*"),
                Arguments.of("R&D <draft>", "*R&amp;D &lt;draft&gt;*"),
                Arguments.of("snake_case_name", "*snake" + ZWSP + "_" + ZWSP + "case" + ZWSP + "_" + ZWSP + "name*"),
                Arguments.of("2*3 ~ 6", "*2" + ZWSP + "*" + ZWSP + "3 ~ 6*"),
                Arguments.of("`cmd` run", "*`" + ZWSP + "cmd" + ZWSP + "` run*"),
                Arguments.of("_draft_", "*_" + ZWSP + "draft" + ZWSP + "_*"));
    }

    @ParameterizedTest
    @MethodSource
    void workflowNamesInBold(String name, String shown) {
        assertThat(Texts.workflow(new Workflow(new WorkflowKey("w"), name, "U0OWNER"))).isEqualTo(shown);
    }

    static Stream<Arguments> echoes() {
        return Stream.of(
                Arguments.of("short", 10, "short"),
                Arguments.of("exactly ten", 11, "exactly ten"),
                Arguments.of("a bit too long", 10, "a bit too…"),
                Arguments.of("R&D R&D", 10, "R&amp;D …"),
                Arguments.of("🎉🎉🎉🎉", 5, "🎉🎉…"));
    }

    @ParameterizedTest
    @MethodSource
    void echoes(String typed, int max, String shown) {
        assertThat(Texts.echo(typed, max)).isEqualTo(shown);
    }

    @ParameterizedTest
    @MethodSource("longTexts")
    void anEchoNeverGrowsPastItsLimitHoweverMuchEscapingItNeeds(String typed) {
        String shown = Texts.echo(typed, 2900);
        assertThat(shown).hasSizeLessThanOrEqualTo(2900).endsWith("…")
                .doesNotEndWith("&…").doesNotEndWith("&amp…");
    }

    static Stream<String> longTexts() {
        return Stream.of("&".repeat(1000), "<>".repeat(500), "a*".repeat(1000), "&*".repeat(500));
    }

    @Test
    void aRateFromFewerThanFiveRunsCarriesNoMarkAgainstTheTarget() {
        assertThat(Texts.rateAgainstTarget(new AcceptanceRate(1, 3), 70))
                .isEqualTo("acceptance 33% (1 of 3), too few runs to judge · target 70%");
        assertThat(Texts.rateAgainstTarget(new AcceptanceRate(4, 4), 70))
                .isEqualTo("acceptance 100% (4 of 4), too few runs to judge · target 70%");
    }

    @Test
    void aRateFromFiveRunsIsMarkedAboveOrBelowTheTarget() {
        assertThat(Texts.rateAgainstTarget(new AcceptanceRate(2, 5), 70))
                .isEqualTo("acceptance 40% (2 of 5) · target 70% :small_red_triangle_down:");
        assertThat(Texts.rateAgainstTarget(new AcceptanceRate(4, 5), 70))
                .isEqualTo("acceptance 80% (4 of 5) · target 70% :white_check_mark:");
    }

    @Test
    void theLogRepliesWeekLineDoesNotCallThreeRunsBelowTarget() {
        MemberWeek week = new MemberWeek(LocalDate.parse("2026-11-23"));

        assertThat(LogReplies.weekLine(new WeekProgress(week, new AcceptanceRate(1, 3), 70), week.monday()))
                .isEqualTo("This week (Mon 23 Nov – Sun 29 Nov): 3 runs · acceptance 33% (1 of 3), too few runs to"
                        + " judge · target 70%");
    }

    @Test
    void runsAWeekReadAsPeopleSayThem() {
        assertThat(List.of(Texts.perWeek(0), Texts.perWeek(0.5), Texts.perWeek(1), Texts.perWeek(2.5),
                Texts.perWeek(3), Texts.perWeek(10))).containsExactly("no runs", "0.5 runs a week", "1 run a week",
                "2.5 runs a week", "3 runs a week", "10 runs a week");
    }
}
