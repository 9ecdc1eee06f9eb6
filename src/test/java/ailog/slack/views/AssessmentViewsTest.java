package ailog.slack.views;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.app.outbox.Message;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.Answer;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.Verdict;
import ailog.domain.metrics.VerdictTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The day-42 messages over the whole decision table: one verdict for the owner, a fitting tone for the member. */
class AssessmentViewsTest {
    private static final String NOT_JUDGED = "; quality not judged: 3 runs in weeks 3–6, 5 needed";
    private static final Map<Verdict, String> CLOSINGS = Map.of(
            Verdict.ADOPTION_WORKING, "Thank you — your owner will plan the next workflows with you.",
            Verdict.WORKING_QUALITY_NOT_JUDGED, "You use AI often; log every run so its quality can be judged too.",
            Verdict.REVERTED, "Every run counts: pick one workflow you can use on real work in the next few days.",
            Verdict.QUALITY_BAR_NOT_MET, "Your owner has your numbers and will help fix what makes outputs need heavy"
                    + " edits.",
            Verdict.STABLE_NOT_DEEPENING, "You use AI steadily; your owner will help you take it to more of your work.");

    private static String render(SixWeekAssessment assessment, boolean forOwner) {
        return MessageViews.render(new Message.Assessment(assessment, forOwner)).text();
    }

    /** The decision table's "yes" row with other quality figures for weeks 3–6. */
    private static SixWeekAssessment withQuality(AcceptanceRate weeks3To6) {
        SixWeekAssessment base = VerdictTable.assessment(true, Answer.YES, true);
        return new SixWeekAssessment(base.enrollment(), base.weeks5To6(), weeks3To6, base.outsideTrained());
    }

    @Test
    void theQualityRateCarriesItsWilsonRangeForTheOwnerAndTheMember() {
        // 7 of 10: Wilson's published 95% bounds are 0.3968–0.8922, in whole percent 40–89%
        SixWeekAssessment sevenOfTen = withQuality(new AcceptanceRate(7, 10));

        assertThat(render(sevenOfTen, true)).contains(":white_check_mark: Quality: acceptance 70% (7 of 10,"
                + " 95% range 40–89%) in weeks 3–6 (Tue 17 Feb – Mon 16 Mar) (target 70%)");
        assertThat(render(sevenOfTen, false)).contains("In weeks 3–6 (Tue 17 Feb – Mon 16 Mar), 70% (7 of 10,"
                + " 95% range 40–89%) of your outputs were usable as-is or with light edits.");
    }

    @Test
    void withoutQualityRunsThereIsNoRangeOnlyTheWordsThatSaySo() {
        SixWeekAssessment none = withQuality(AcceptanceRate.none());

        assertThat(render(none, true)).contains(":grey_question: Quality: not enough runs to judge — no runs in"
                + " weeks 3–6 (Tue 17 Feb – Mon 16 Mar), 5 needed (target 70%)").doesNotContain("95% range");
        assertThat(render(none, false)).contains("With no runs logged in weeks 3–6 (Tue 17 Feb – Mon 16 Mar), it is"
                + " too early to judge their quality (5 are needed).").doesNotContain("95% range");
    }

    @ParameterizedTest(name = "frequency {0}, quality {1}, expansion {2} → {3}, also {4}")
    @MethodSource("ailog.domain.metrics.VerdictTable#rows")
    void theOwnerSeesOneVerdictTheThreeChecksTheNextStepAndTheOtherNoAnswersAsAlso(boolean frequent, Answer quality,
            boolean expanded, Verdict verdict, List<Verdict> also) {
        String text = render(VerdictTable.assessment(frequent, quality, expanded), true);

        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(":bar_chart: *Six-week assessment for <@U1>*"
                + " (trained 2026-02-02): *" + verdict.label() + (quality.judged() ? "" : NOT_JUDGED) + "*");
        assertThat(text).contains((frequent ? ":white_check_mark:" : ":x:") + " Frequency: ")
                .contains(switch (quality) {
                    case YES -> ":white_check_mark: Quality: acceptance 88% (7 of 8, 95% range 53–98%) in weeks 3–6 (Tue 17 Feb – Mon 16 Mar) (target 70%)";
                    case NO -> ":x: Quality: acceptance 25% (2 of 8, 95% range 7–59%) in weeks 3–6 (Tue 17 Feb – Mon 16 Mar) (target 70%)";
                    case NOT_ENOUGH_RUNS -> ":grey_question: Quality: not enough runs to judge — 67% (2 of 3, 95% range 21–94%) in"
                            + " weeks 3–6 (Tue 17 Feb – Mon 16 Mar), 5 needed (target 70%)";
                })
                .contains((expanded ? ":white_check_mark:" : ":x: Expansion: no workflow beyond the training"))
                .contains("*Next step*\n• " + verdict.nextStep())
                .doesNotContain("(s)", "0.0", "1 workflows", "1 runs");
        assertThat(text.contains("*Also*")).isEqualTo(!also.isEmpty());
        also.forEach(v -> assertThat(text).contains("\n• " + v.label() + " → " + v.nextStep()));
    }

    @ParameterizedTest(name = "frequency {0}, quality {1}, expansion {2} → {3}")
    @MethodSource("ailog.domain.metrics.VerdictTable#rows")
    void theMembersSummaryMatchesItsToneToTheVerdictAndCountsInPlainWords(boolean frequent, Answer quality,
            boolean expanded, Verdict verdict, List<Verdict> also) {
        String text = render(VerdictTable.assessment(frequent, quality, expanded), false);

        assertThat(text.startsWith(":tada:")).isEqualTo(verdict == Verdict.ADOPTION_WORKING);
        if (verdict != Verdict.ADOPTION_WORKING) {
            assertThat(text).startsWith(":compass: *Six weeks since your AI training: here is where you stand.*\n")
                    .doesNotContain(":tada:", "real adoption");
        }
        assertThat(text).contains(frequent ? "In weeks 5–6 (Tue 3 Mar – Mon 16 Mar) you logged 3.5 runs a week of your trained workflows."
                : switch (quality) {
                    case YES -> "In weeks 5–6 (Tue 3 Mar – Mon 16 Mar) you logged 2.5 runs a week of your trained workflows.";
                    case NO -> "In weeks 5–6 (Tue 3 Mar – Mon 16 Mar) you logged 1 run a week of your trained workflows.";
                    case NOT_ENOUGH_RUNS -> "You logged no runs of your trained workflows in weeks 5–6 (Tue 3 Mar – Mon 16 Mar).";
                })
                .contains(switch (quality) {
                    case YES -> "In weeks 3–6 (Tue 17 Feb – Mon 16 Mar), 88% (7 of 8, 95% range 53–98%) of your outputs were usable as-is or with light edits.";
                    case NO -> "In weeks 3–6 (Tue 17 Feb – Mon 16 Mar), 25% (2 of 8, 95% range 7–59%) of your outputs were usable as-is or with light edits.";
                    case NOT_ENOUGH_RUNS -> "With 3 runs logged in weeks 3–6 (Tue 17 Feb – Mon 16 Mar), it is too early to judge"
                            + " their quality (5 are needed).";
                })
                .contains(!expanded ? "You have not tried a workflow beyond the training yet."
                        : frequent ? "You tried 1 workflow beyond the training." : "You tried 2 workflows beyond"
                        + " the training.")
                .endsWith(CLOSINGS.get(verdict))
                .doesNotContain("0.0", "about", "(s)", "1 workflows", "1 runs", "too few runs to judge");
    }
}
