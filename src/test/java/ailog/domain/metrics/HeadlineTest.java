package ailog.domain.metrics;

import static ailog.domain.metrics.RunBuilder.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {
    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', value = {
        "7  | 7 | 49 | 63 | 2 | 7 team members ran 63 workflow sessions in the 7 days Wed 25 Mar – Tue 31 Mar;"
                + " blended acceptance rate 78%; "
                + "2 workflows below threshold under review.",
        "7  | 1 | 1  | 1  | 1 | 1 team member ran 1 workflow session in the 7 days Wed 25 Mar – Tue 31 Mar;"
                + " blended acceptance rate 100%; "
                + "1 workflow below threshold under review.",
        "30 | 0 | 0  | 0  | 0 | 0 team members ran 0 workflow sessions in the 30 days Mon 2 Mar – Tue 31 Mar; "
                + "blended acceptance rate —; 0 workflows below threshold under review.",
        "14 | 2 | 0  | 3  | 1 | 2 team members ran 3 workflow sessions in the 14 days Wed 18 Mar – Tue 31 Mar; "
                + "blended acceptance rate 0%; 1 workflow below threshold under review.",
    })
    void readsAsOneSentenceWithSingularsAndADashWithoutRuns(
            int days, int members, int accepted, int runs, int below, String sentence) {
        Headline headline =
                new Headline(ReportWindow.lastDays(days, TODAY), members, new AcceptanceRate(accepted, runs), below);

        assertThat(headline.text()).isEqualTo(sentence);
    }
}
