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
    @CsvSource(delimiter = '|', value = {
            "7 | in the 7 days Wed 25 Mar – Tue 31 Mar",
            "30 | in the 30 days Mon 2 Mar – Tue 31 Mar",
            "1 | on Tue 31 Mar"})
    void everyWindowNamesItsDaysNeverJustThisWeek(int days, String phrase) {
        assertThat(ReportWindow.lastDays(days, TODAY).phrase()).isEqualTo(phrase);
    }

    @Test
    void aWindowAcrossTheNewYearGivesBothYears() {
        assertThat(ReportWindow.lastDays(7, LocalDate.parse("2027-01-03")).label())
                .isEqualTo("Mon 28 Dec 2026 – Sun 3 Jan 2027");
    }

    @Test
    void theDaysBeforeADayLeaveThatDayOut() {
        assertThat(ReportWindow.daysBefore(7, TODAY)).isEqualTo(new ReportWindow(LocalDate.parse("2026-03-24"),
                LocalDate.parse("2026-03-30")));
    }

    @Test
    void aWindowCannotEndBeforeItStartsNorBeEmpty() {
        assertThatThrownBy(() -> new ReportWindow(TODAY, TODAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportWindow.lastDays(0, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
