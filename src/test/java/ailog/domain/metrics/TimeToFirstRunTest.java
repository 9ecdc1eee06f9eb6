package ailog.domain.metrics;

import static ailog.domain.metrics.EnrollmentBuilder.TRAINED;
import static ailog.domain.metrics.EnrollmentBuilder.anEnrollment;
import static ailog.domain.metrics.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ailog.domain.Enrollment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeToFirstRunTest {
    private final Enrollment enrollment = anEnrollment().of("U1").trainedOn(TRAINED).build();

    @Test
    void countsDaysFromTrainingToTheFirstRunAfterIt() {
        TimeToFirstRun time = TimeToFirstRun.of(enrollment, List.of(
                aRun().by("U1").on(TRAINED.plusDays(9)).build(),
                aRun().by("U1").on(TRAINED.plusDays(3)).build()));

        assertThat(time.days()).hasValue(3);
        assertThat(time.daysOrNull()).isEqualTo(3);
    }

    @Test
    void aRunOnTheTrainingDayItselfIsNotTheFirstIndependentRun() {
        TimeToFirstRun time = TimeToFirstRun.of(enrollment, List.of(
                aRun().by("U1").on(TRAINED).build(),
                aRun().by("U1").on(TRAINED.plusDays(1)).build()));

        assertThat(time.days()).hasValue(1);
    }

    @Test
    void noRunAfterTrainingMeansNoTimeYet() {
        TimeToFirstRun time = TimeToFirstRun.of(enrollment, List.of(
                aRun().by("U1").on(TRAINED).build(),
                aRun().by("U1").on(TRAINED.minusDays(5)).build(),
                aRun().by("U2").on(TRAINED.plusDays(2)).build()));

        assertThat(time.days()).isEmpty();
        assertThat(time.daysOrNull()).isNull();
    }

    @Test
    void aDateFromTheDatabaseThatIsNotAfterTrainingIsNoFirstRun() {
        assertThat(TimeToFirstRun.of(TRAINED, Optional.of(TRAINED)).days()).isEmpty();
        assertThat(TimeToFirstRun.of(TRAINED, Optional.of(TRAINED.plusDays(12))).days()).hasValue(12);
    }

    @Test
    void theRecordRefusesAFirstRunBeforeTraining() {
        assertThatThrownBy(() -> new TimeToFirstRun(TRAINED, Optional.of(TRAINED.minusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
