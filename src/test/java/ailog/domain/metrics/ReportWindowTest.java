package ailog.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWindowTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-31");

    @Test
    void theLastSevenDaysAreTodayAndTheSixBefore() {
        ReportWindow week = ReportWindow.lastDays(7, TODAY);

        assertThat(week.from()).isEqualTo(LocalDate.parse("2026-03-25"));
        assertThat(week.to()).isEqualTo(TODAY);
        assertThat(week.days()).isEqualTo(7);
    }

    @Test
    void bothEndsAreIncluded() {
        ReportWindow week = ReportWindow.lastDays(7, TODAY);

        assertThat(week.contains(TODAY)).isTrue();
        assertThat(week.contains(TODAY.minusDays(6))).isTrue();
        assertThat(week.contains(TODAY.minusDays(7))).isFalse();
        assertThat(week.contains(TODAY.plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "{0} days read \"{1}\"")
    @CsvSource({"7, this week", "30, in the last 30 days", "14, in the last 14 days", "1, in the last day"})
    void aSevenDayWindowIsThisWeekAndAnyOtherIsTheLastNDays(int days, String phrase) {
        assertThat(ReportWindow.lastDays(days, TODAY).phrase()).isEqualTo(phrase);
    }

    @Test
    void aWindowCannotEndBeforeItStartsNorBeEmpty() {
        assertThatThrownBy(() -> new ReportWindow(TODAY, TODAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportWindow.lastDays(0, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
