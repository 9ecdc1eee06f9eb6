package ailog.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitLimitsTest {

    @Test
    void aMessageHoldsFiftyBlocksButNotFiftyOne() {
        assertThat(message(Collections.nCopies(50, section(10)))).isEmpty();
        assertThat(message(Collections.nCopies(51, section(10))))
                .containsExactly("no more than 50 items allowed [json-pointer:/blocks]");
    }

    @Test
    void aModalOrHomeTabHoldsAHundredBlocksButNotAHundredAndOne() {
        assertThat(home(Collections.nCopies(100, section(10)))).isEmpty();
        assertThat(home(Collections.nCopies(101, section(10))))
                .containsExactly("no more than 100 items allowed [json-pointer:/blocks]");
    }

    @Test
    void sectionTextIsBetweenOneAnd3000Characters() {
        assertThat(message(section(3000))).isEmpty();
        assertThat(message(section(3001)))
                .containsExactly("must be less than 3001 characters [json-pointer:/blocks/0/text/text]");
        assertThat(message(section(0)))
                .containsExactly("must be more than 0 characters [json-pointer:/blocks/0/text/text]");
    }

    @Test
    void aSectionNeedsTextOrFields() {
        assertThat(message("{\"type\":\"section\"}"))
                .containsExactly("must provide text or fields [json-pointer:/blocks/0]");
    }

    @Test
    void sectionFieldsAreAtMostTenOfAtMost2000CharactersEach() {
        assertThat(message(fields(10, 2000))).isEmpty();
        assertThat(message(fields(11, 10)))
                .containsExactly("no more than 10 items allowed [json-pointer:/blocks/0/fields]");
        assertThat(message(fields(1, 2001)))
                .containsExactly("must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]");
    }

    @Test
    void headerTextIsPlainTextOfAtMost150Characters() {
        assertThat(message(header(text("plain_text", 150)))).isEmpty();
        assertThat(message(header(text("plain_text", 151))))
                .containsExactly("must be less than 151 characters [json-pointer:/blocks/0/text/text]");
        assertThat(message(header(text("mrkdwn", 10))))
                .containsExactly("must be a plain_text object [json-pointer:/blocks/0/text/type]");
    }

    @Test
    void contextHoldsAtMostTenElements() {
        assertThat(message(context(10))).isEmpty();
        assertThat(message(context(11)))
                .containsExactly("no more than 10 items allowed [json-pointer:/blocks/0/elements]");
    }

    @Test
    void textObjectsAnywhereAreNonEmptyAndAtMost3000Characters() {
        assertThat(message(contextWith(text("mrkdwn", 3000)))).isEmpty();
        assertThat(message(contextWith(text("mrkdwn", 0))))
                .containsExactly("must be more than 0 characters [json-pointer:/blocks/0/elements/0/text]");
        assertThat(message(contextWith(text("plain_text", 3001))))
                .containsExactly("must be less than 3001 characters [json-pointer:/blocks/0/elements/0/text]");
    }

    @Test
    void actionsHoldAtMost25Elements() {
        assertThat(message(actions(numberedButtons(25)))).isEmpty();
        assertThat(message(actions(numberedButtons(26))))
                .containsExactly("no more than 25 items allowed [json-pointer:/blocks/0/elements]");
    }

    @Test
    void buttonTextIsAtMost75Characters() {
        assertThat(message(actions(button("a", 75, "v", null)))).isEmpty();
        assertThat(message(actions(button("a", 76, "v", null))))
                .containsExactly("must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]");
    }

    @Test
    void buttonValueIsAtMost2000AndUrlAtMost3000Characters() {
        assertThat(message(actions(button("a", 5, x(2000), "https://x/" + x(2990))))).isEmpty();
        assertThat(message(actions(button("a", 5, x(2001), "https://x/" + x(2991))))).containsExactly(
                "must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]",
                "must be less than 3001 characters [json-pointer:/blocks/0/elements/0/url]");
    }

    @Test
    void actionIdsAreAtMost255Characters() {
        assertThat(message(actions(button(x(255), 5, "v", null)))).isEmpty();
        assertThat(message(actions(button(x(256), 5, "v", null))))
                .containsExactly("must be less than 256 characters [json-pointer:/blocks/0/elements/0/action_id]");
    }

    @Test
    void blockIdsAreAtMost255Characters() {
        assertThat(message(withBlockId(x(255), section(5)))).isEmpty();
        assertThat(message(withBlockId(x(256), section(5))))
                .containsExactly("must be less than 256 characters [json-pointer:/blocks/0/block_id]");
    }

    @Test
    void blockIdsAreUniqueWithinAMessageAndWithinAView() {
        assertThat(message(withBlockId("a", section(5)), withBlockId("b", section(5)))).isEmpty();
        assertThat(message(withBlockId("a", section(5)), withBlockId("a", section(5))))
                .containsExactly("duplicate block_id: a [json-pointer:/blocks/1/block_id]");
        assertThat(home(List.of(withBlockId("a", section(5)), withBlockId("a", section(5)))))
                .containsExactly("duplicate block_id: a [json-pointer:/blocks/1/block_id]");
    }

    @Test
    void actionIdsAreUniqueWithinOneBlockButMayRepeatAcrossBlocks() {
        String pressA = button("press", 5, "v", null);
        assertThat(message(actions(pressA), actions(pressA))).isEmpty();
        assertThat(message(actions(pressA, pressA)))
                .containsExactly("duplicate action_id: press [json-pointer:/blocks/0/elements/1/action_id]");
    }

    @Test
    void staticSelectHoldsAtMostAHundredOptions() {
        assertThat(message(actions(select(100, 5, 5)))).isEmpty();
        assertThat(message(actions(select(101, 5, 5))))
                .containsExactly("no more than 100 items allowed [json-pointer:/blocks/0/elements/0/options]");
    }

    @Test
    void optionTextIsAtMost75AndValueAtMost150Characters() {
        assertThat(message(actions(select(1, 75, 150)))).isEmpty();
        assertThat(message(actions(select(1, 76, 151)))).containsExactly(
                "must be less than 76 characters [json-pointer:/blocks/0/elements/0/options/0/text/text]",
                "must be less than 151 characters [json-pointer:/blocks/0/elements/0/options/0/value]");
    }

    @Test
    void placeholdersAreAtMost150Characters() {
        assertThat(message(actions(selectWith("\"placeholder\":" + text("plain_text", 150))))).isEmpty();
        assertThat(message(actions(selectWith("\"placeholder\":" + text("plain_text", 151))))).containsExactly(
                "must be less than 151 characters [json-pointer:/blocks/0/elements/0/placeholder/text]");
    }

    @Test
    void confirmDialogsHaveShortTitlesTextsAndButtons() {
        assertThat(message(actions(buttonWithConfirm(100, 300, 30, 30)))).isEmpty();
        assertThat(message(actions(buttonWithConfirm(101, 301, 31, 31)))).containsExactly(
                "must be less than 101 characters [json-pointer:/blocks/0/elements/0/confirm/title/text]",
                "must be less than 301 characters [json-pointer:/blocks/0/elements/0/confirm/text/text]",
                "must be less than 31 characters [json-pointer:/blocks/0/elements/0/confirm/confirm/text]",
                "must be less than 31 characters [json-pointer:/blocks/0/elements/0/confirm/deny/text]");
    }

    @Test
    void inputLabelsAndHintsAreAtMost2000Characters() {
        assertThat(modal(SUBMIT, input(2000, 2000))).isEmpty();
        assertThat(modal(SUBMIT, input(2001, 2001))).containsExactly(
                "must be less than 2001 characters [json-pointer:/blocks/0/label/text]",
                "must be less than 2001 characters [json-pointer:/blocks/0/hint/text]");
    }

    @Test
    void modalTitleSubmitAndCloseAreAtMost24Characters() {
        assertThat(modal(titled(24) + ",\"submit\":" + text("plain_text", 24) + ",\"close\":"
                + text("plain_text", 24), section(5))).isEmpty();
        assertThat(modal(titled(25) + ",\"submit\":" + text("plain_text", 25) + ",\"close\":"
                + text("plain_text", 25), section(5))).containsExactly(
                "must be less than 25 characters [json-pointer:/title/text]",
                "must be less than 25 characters [json-pointer:/submit/text]",
                "must be less than 25 characters [json-pointer:/close/text]");
    }

    @Test
    void privateMetadataIsAtMost3000AndCallbackIdAtMost255Characters() {
        assertThat(modal(titled(5) + ",\"private_metadata\":\"" + x(3000) + "\",\"callback_id\":\"" + x(255) + "\"",
                section(5))).isEmpty();
        assertThat(modal(titled(5) + ",\"private_metadata\":\"" + x(3001) + "\",\"callback_id\":\"" + x(256) + "\"",
                section(5))).containsExactly(
                "must be less than 3001 characters [json-pointer:/private_metadata]",
                "must be less than 256 characters [json-pointer:/callback_id]");
    }

    @Test
    void aViewIsAtMost250Kilobytes() {
        assertThat(home(Collections.nCopies(100, section(2000)))).isEmpty();
        assertThat(home(Collections.nCopies(100, section(2500))))
                .containsExactly("view is larger than 250 kB [json-pointer:/]");
    }

    @Test
    void aModalWithAnInputBlockMustHaveASubmitButton() {
        assertThat(modal(SUBMIT, input(5, 5))).isEmpty();
        assertThat(modal(titled(5), input(5, 5)))
                .containsExactly("a modal with input blocks must have a submit button [json-pointer:/submit]");
    }

    @Test
    void messageTextIsAtMost40000Characters() {
        assertThat(BlockKitLimits.checkMessage(x(40_000), null)).isEmpty();
        assertThat(BlockKitLimits.checkMessage(x(40_001), null))
                .containsExactly("must be less than 40001 characters [json-pointer:/text]");
    }

    @Test
    void aResponseUrlBodyIsCheckedLikeAMessage() {
        String ok = "{\"replace_original\":true,\"text\":\"hi\",\"blocks\":[" + section(5) + "]}";
        String tooLong = "{\"replace_original\":true,\"text\":\"hi\",\"blocks\":[" + section(3001) + "]}";
        assertThat(BlockKitLimits.checkMessage(JsonParser.parseString(ok).getAsJsonObject())).isEmpty();
        assertThat(BlockKitLimits.checkMessage(JsonParser.parseString(tooLong).getAsJsonObject()))
                .containsExactly("must be less than 3001 characters [json-pointer:/blocks/0/text/text]");
    }

    @Test
    void blocksThatAreNotJsonAreAViolationNotACrash() {
        assertThat(BlockKitLimits.checkMessage("hi", "[{")).singleElement().asString()
                .startsWith("invalid JSON").endsWith("[json-pointer:/]");
    }

    // ---- builders: every value is "x" repeated, so no JSON escaping is needed

    private static final String SUBMIT = titled(5) + ",\"submit\":" + text("plain_text", 4);

    private static List<String> message(String... blocks) {
        return message(List.of(blocks));
    }

    private static List<String> message(List<String> blocks) {
        return BlockKitLimits.checkMessage("fallback", "[" + String.join(",", blocks) + "]");
    }

    private static List<String> home(List<String> blocks) {
        return BlockKitLimits.checkView("{\"type\":\"home\",\"blocks\":[" + String.join(",", blocks) + "]}");
    }

    private static List<String> modal(String fields, String... blocks) {
        return BlockKitLimits.checkView(
                "{\"type\":\"modal\"," + fields + ",\"blocks\":[" + String.join(",", blocks) + "]}");
    }

    private static String titled(int length) {
        return "\"title\":" + text("plain_text", length);
    }

    private static String x(int length) {
        return "x".repeat(length);
    }

    private static String text(String type, int length) {
        return "{\"type\":\"" + type + "\",\"text\":\"" + x(length) + "\"}";
    }

    private static String section(int length) {
        return "{\"type\":\"section\",\"text\":" + text("mrkdwn", length) + "}";
    }

    private static String withBlockId(String blockId, String block) {
        return "{\"block_id\":\"" + blockId + "\"," + block.substring(1);
    }

    private static String fields(int count, int length) {
        String field = text("mrkdwn", length);
        return "{\"type\":\"section\",\"fields\":[" + String.join(",", Collections.nCopies(count, field)) + "]}";
    }

    private static String header(String text) {
        return "{\"type\":\"header\",\"text\":" + text + "}";
    }

    private static String context(int count) {
        return contextWith(Collections.nCopies(count, text("mrkdwn", 5)).toArray(String[]::new));
    }

    private static String contextWith(String... elements) {
        return "{\"type\":\"context\",\"elements\":[" + String.join(",", elements) + "]}";
    }

    private static String actions(String... elements) {
        return "{\"type\":\"actions\",\"elements\":[" + String.join(",", elements) + "]}";
    }

    private static String[] numberedButtons(int count) {
        String[] buttons = new String[count];
        for (int i = 0; i < count; i++) {
            buttons[i] = button("b" + i, 5, "v", null);
        }
        return buttons;
    }

    private static String button(String actionId, int textLength, String value, String url) {
        return "{\"type\":\"button\",\"action_id\":\"" + actionId + "\",\"text\":" + text("plain_text", textLength)
                + ",\"value\":\"" + value + "\"" + (url == null ? "" : ",\"url\":\"" + url + "\"") + "}";
    }

    private static String buttonWithConfirm(int title, int text, int confirm, int deny) {
        String dialog = "{\"title\":" + text("plain_text", title) + ",\"text\":" + text("mrkdwn", text)
                + ",\"confirm\":" + text("plain_text", confirm) + ",\"deny\":" + text("plain_text", deny) + "}";
        return "{\"type\":\"button\",\"action_id\":\"a\",\"text\":" + text("plain_text", 5) + ",\"confirm\":"
                + dialog + "}";
    }

    private static String select(int options, int textLength, int valueLength) {
        String option = "{\"text\":" + text("plain_text", textLength) + ",\"value\":\"" + x(valueLength) + "\"}";
        return selectWith("\"options\":[" + String.join(",", Collections.nCopies(options, option)) + "]");
    }

    private static String selectWith(String fields) {
        return "{\"type\":\"static_select\",\"action_id\":\"pick\"," + fields + "}";
    }

    private static String input(int label, int hint) {
        return "{\"type\":\"input\",\"block_id\":\"in\",\"label\":" + text("plain_text", label) + ",\"hint\":"
                + text("plain_text", hint) + ",\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"v\"}}";
    }
}
