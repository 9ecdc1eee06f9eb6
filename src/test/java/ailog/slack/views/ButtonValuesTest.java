package ailog.slack.views;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import org.junit.jupiter.api.Test;

class ButtonValuesTest {
    @Test
    void aCardChoiceRoundTripsThroughItsButtonValue() {
        CardChoice choice = CardChoice.of("n1", "proposal").with(Outcome.HEAVY_EDIT).with(EditType.MISSING_INFO);
        assertThat(CardChoice.decode(choice.encode())).contains(choice);
    }

    @Test
    void garbageIsNoCardChoice() {
        assertThat(CardChoice.decode(null)).isEmpty();
        assertThat(CardChoice.decode("")).isEmpty();
        assertThat(CardChoice.decode("n1|proposal|great|")).isEmpty();
        assertThat(CardChoice.decode("n1|proposal|as-is|tone|extra")).isEmpty();
    }

    @Test
    void aRetryKeepsTheTypedTextEvenWithBars() {
        RetryLog retry = new RetryLog("n1", "propsal", true, "propsal as-is a|b|c");
        assertThat(RetryLog.decode(retry.encode())).contains(retry);
        assertThat(RetryLog.decode("n1|propsal|maybe|x")).isEmpty();
    }
}
