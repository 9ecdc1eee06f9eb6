package ailog.slack.views;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.outbox.Message;
import ailog.domain.Enrollment;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.ReportWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The day-4 nudge compares the member with the others trained the same day, never with themself. */
class NudgeWordingTest {
    private static final Enrollment SAM = new Enrollment(4, "U0SAM0001", LocalDate.parse("2026-11-27"),
            List.of(new WorkflowKey("proposal")), 70, ZoneId.of("UTC"), "U0OWNER01",
            Instant.parse("2026-11-27T15:00:00Z"), Optional.empty());
    private static final ReportWindow WEEK_ONE = new ReportWindow(LocalDate.parse("2026-11-28"),
            LocalDate.parse("2026-12-01"));

    private static String nudge(int othersLogged, int others) {
        return MessageViews.render(new Message.Nudge(SAM, 1, WEEK_ONE, othersLogged, others)).text();
    }

    @Test
    void theCountIsOfTheOthersTrainedWithTheMember() {
        assertThat(nudge(2, 3)).contains("2 of the 3 others trained with you have logged a run in these days.");
        assertThat(nudge(1, 3)).contains("1 of the 3 others trained with you has logged a run");
    }

    @Test
    void withOneOtherPersonItSaysWhatThatPersonDid() {
        assertThat(nudge(1, 1)).contains("The one other person trained with you has logged one in these days.");
        assertThat(nudge(0, 1)).contains("The one other person trained with you has not logged one yet either.");
    }

    @Test
    void aMemberTrainedAloneGetsNoComparison() {
        assertThat(nudge(0, 0)).doesNotContain("trained with you").doesNotContain("of the")
                .contains("Try one of your workflows on real work today");
    }
}
