package ailog.slack.views;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one way people's text goes out: escaped once, unbroken in bold, clipped to what Slack accepts. */
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
}
