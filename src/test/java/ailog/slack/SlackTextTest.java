package ailog.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Slack's escaped text in, what the person meant stored, and mrkdwn out that shows it once and unbroken. */
class SlackTextTest {
    private static final String ZWSP = "\u200B";

    static Stream<Arguments> fromSlack() {
        return Stream.of(
                Arguments.of("plain words", "plain words"),
                Arguments.of("R&amp;D", "R&D"),
                Arguments.of("&lt;b&gt;bold&lt;/b&gt;", "<b>bold</b>"),
                Arguments.of("typed &amp;lt; literally", "typed &lt; literally"),
                Arguments.of("ask <@U0SAM|sam> first", "ask @sam (U0SAM) first"),
                Arguments.of("ask <@U012ABCDEF>", "ask @U012ABCDEF"),
                Arguments.of("in <#C0GENERAL1|general>", "in #general (C0GENERAL1)"),
                Arguments.of("in <#C0GENERAL1>", "in #C0GENERAL1"),
                Arguments.of("see <https://example.com/a_b?x=1&amp;y=2>", "see https://example.com/a_b?x=1&y=2"),
                Arguments.of("see <https://example.com|the brief>", "see the brief (https://example.com)"),
                Arguments.of("see <https://example.com|example.com>", "see https://example.com"),
                Arguments.of("mail <mailto:sam@example.com|sam@example.com>", "mail sam@example.com"),
                Arguments.of("hey <!here> and <!channel|channel>", "hey @here and @channel"),
                Arguments.of("team <!subteam^S0TEAM|@writers>", "team @writers"),
                Arguments.of("*bold* _it_ ~x~ `code` 🎉 日本語 Ünïcödé",
                        "*bold* _it_ ~x~ `code` 🎉 日本語 Ünïcödé"));
    }

    @ParameterizedTest
    @MethodSource
    void fromSlack(String wire, String stored) {
        assertThat(SlackText.fromSlack(wire)).isEqualTo(stored);
    }

    static Stream<Arguments> mrkdwn() {
        return Stream.of(
                Arguments.of("plain words", "plain words"),
                Arguments.of("R&D <b>", "R&amp;D &lt;b&gt;"),
                Arguments.of("typed &lt; literally", "typed &amp;lt; literally"),
                Arguments.of("ask @sam (U0SAM) first", "ask <@U0SAM> first"),
                Arguments.of("ask @U012ABCDEF.", "ask <@U012ABCDEF>."),
                Arguments.of("in #general (C0GENERAL1)", "in <#C0GENERAL1>"),
                Arguments.of("see https://example.com/a_b?x=1&y=2.", "see <https://example.com/a_b?x=1&amp;y=2>."),
                Arguments.of("the brief (https://example.com)", "the brief (<https://example.com>)"),
                Arguments.of("@here and @channel stay words", "@here and @channel stay words"),
                Arguments.of("@UTC is not a person", "@UTC is not a person"),
                Arguments.of("*bold*", "*" + ZWSP + "bold" + ZWSP + "*"),
                Arguments.of("a_b ~c~ `d`", "a" + ZWSP + "_" + ZWSP + "b ~" + ZWSP + "c" + ZWSP + "~ `" + ZWSP + "d"
                        + ZWSP + "`"),
                Arguments.of("a**b", "a" + ZWSP + "*" + ZWSP + "*" + ZWSP + "b"),
                Arguments.of("lone * and _ stay", "lone * and _ stay"),
                Arguments.of("🎉 日本語 Ünïcödé", "🎉 日本語 Ünïcödé"));
    }

    @ParameterizedTest
    @MethodSource
    void mrkdwn(String stored, String shown) {
        assertThat(SlackText.mrkdwn(stored)).isEqualTo(shown);
    }

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                Arguments.of("<@U0SAM|sam> liked R&amp;D", "<@U0SAM> liked R&amp;D"),
                Arguments.of("<#C0GENERAL1|general> &lt;3", "<#C0GENERAL1> &lt;3"),
                Arguments.of("<https://example.com/x?a=1&amp;b=2>", "<https://example.com/x?a=1&amp;b=2>"));
    }

    @ParameterizedTest
    @MethodSource
    void roundTrips(String wire, String shown) {
        assertThat(SlackText.mrkdwn(SlackText.fromSlack(wire))).isEqualTo(shown);
    }

    @ParameterizedTest
    @MethodSource("bareUserIds")
    void mentionsBecomeBareUserIdsForCommandsThatTakePeople(String stored, String bare) {
        assertThat(SlackText.withBareUserIds(stored)).isEqualTo(bare);
    }

    static Stream<Arguments> bareUserIds() {
        return Stream.of(
                Arguments.of("@ny (U0NEWYORK) @U0BERLIN01 workflows=a", "U0NEWYORK U0BERLIN01 workflows=a"),
                Arguments.of("#general (C0GENERAL1) https://x.org", "#general (C0GENERAL1) https://x.org"));
    }
}
