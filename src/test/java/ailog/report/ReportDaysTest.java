package ailog.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.app.report.ReportDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code days=N} argument of {@code /ailog report}. */
class ReportDaysTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|7", "days=28|28", "DAYS=1|1", "' days=365 '|365"})
    void nothingIsAWeekAndDaysEqualsNIsNDays(String arguments, int days) {
        assertThat(ReportDays.fromArguments(arguments).value()).isEqualTo(days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"days=0", "days=366", "days=-3", "days=", "days=two", "days=99999999999", "28", "weeks=2"})
    void anythingElseIsRefusedWithTheRule(String arguments) {
        assertThatThrownBy(() -> ReportDays.fromArguments(arguments))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the days are a whole number from 1 to 365");
    }
}
