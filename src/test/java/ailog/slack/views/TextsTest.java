package ailog.slack.views;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.MemberWeek;
import ailog.domain.WeekProgress;
import ailog.domain.metrics.AcceptanceRate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shared wording: a rate is marked against its target only from enough runs, and runs a week read plainly. */
class TextsTest {
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
