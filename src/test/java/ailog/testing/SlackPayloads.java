package ailog.testing;

import com.google.gson.JsonArray;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Builds the bodies Slack sends to the app (PLATFORM.md §2), with realistic fields and fresh ids. */
public final class SlackPayloads {
    public static final String APP_ID = "A0APP0001";
    public static final String VERIFICATION_TOKEN = "vTok123";
    public static final String CHANNEL_ID = "C0CHAN001";
    public static final String HOME_VIEW_ID = "V0HOME001";
    public static final String MODAL_VIEW_ID = "V0MODAL01";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Clock clock;

    public SlackPayloads(Clock clock) {
        this.clock = clock;
    }

    /** A {@code /ailog} slash command typed in {@link #CHANNEL_ID}, as a form body. */
    public String slashCommand(String userId, String text, String responseUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", VERIFICATION_TOKEN);
        fields.put("team_id", FakeSlack.TEAM_ID);
        fields.put("team_domain", "acme");
        fields.put("channel_id", CHANNEL_ID);
        fields.put("channel_name", "general");
        fields.put("user_id", userId);
        fields.put("user_name", userName(userId));
        fields.put("command", "/ailog");
        fields.put("text", text);
        fields.put("api_app_id", APP_ID);
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", triggerId());
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** A button press; {@code responseUrl} null means it came from the Home tab (a view container). */
    public String blockAction(String userId, String actionId, String value, String responseUrl) {
        JsonBuilder action = JsonBuilder.object().with("type", "button").with("action_id", actionId)
                .with("block_id", "actions").with("text", plainText("Button")).with("value", value)
                .with("action_ts", actionTs());
        return blockActions(userId, action, responseUrl);
    }

    /** A static_select choice; the option's text is its value. */
    public String staticSelectAction(String userId, String actionId, String selectedValue, String responseUrl) {
        JsonBuilder option = JsonBuilder.object().with("text", plainText(selectedValue)).with("value", selectedValue);
        JsonBuilder action = JsonBuilder.object().with("type", "static_select").with("action_id", actionId)
                .with("block_id", "actions").with("selected_option", option).with("action_ts", actionTs());
        return blockActions(userId, action, responseUrl);
    }

    /** A modal submission; {@code stateValuesJson} is the {@code view.state.values} object. */
    public String viewSubmission(String userId, String callbackId, String privateMetadata, String stateValuesJson) {
        JsonBuilder view = JsonBuilder.object().with("id", MODAL_VIEW_ID).with("team_id", FakeSlack.TEAM_ID)
                .with("type", "modal").with("callback_id", callbackId).with("private_metadata", privateMetadata)
                .with("external_id", "").with("hash", "1732700100.abCD12").with("title", plainText("ailog"))
                .with("submit", plainText("Save")).with("blocks", new JsonArray())
                .with("root_view_id", MODAL_VIEW_ID).with("previous_view_id", null).with("app_id", APP_ID)
                .with("bot_id", FakeSlack.BOT_ID)
                .with("state", JsonBuilder.object().withRaw("values", stateValuesJson));
        return interactionBase("view_submission", userId).with("view", view)
                .with("response_urls", new JsonArray()).toString();
    }

    /** The Events API envelope around one event object, with a unique {@code event_id}. */
    public String eventCallback(String eventJson) {
        JsonBuilder authorization = JsonBuilder.object().with("enterprise_id", null).with("team_id", FakeSlack.TEAM_ID)
                .with("user_id", FakeSlack.BOT_USER_ID).with("is_bot", true).with("is_enterprise_install", false);
        JsonArray authorizations = new JsonArray();
        authorizations.add(authorization.build());
        return JsonBuilder.object().with("token", VERIFICATION_TOKEN).with("team_id", FakeSlack.TEAM_ID)
                .with("api_app_id", APP_ID).with("type", "event_callback")
                .with("event_id", String.format("Ev%08d", SEQUENCE.incrementAndGet()))
                .with("event_time", clock.instant().getEpochSecond()).with("authorizations", authorizations)
                .with("is_ext_shared_channel", false).withRaw("event", eventJson).toString();
    }

    /** The {@code app_home_opened} event for the Home tab (no previously published view). */
    public String appHomeOpened(String userId) {
        return JsonBuilder.object().with("type", "app_home_opened").with("user", userId)
                .with("channel", FakeSlack.dmChannel(userId)).with("tab", "home")
                .with("event_ts", clock.instant().getEpochSecond() + ".000300").toString();
    }

    /** A {@code message} event (the {@code message.im} subscription) for text a member typed in ailog's DM. */
    public String directMessage(String userId, String text) {
        return message(userId, text).with("client_msg_id", "c" + SEQUENCE.incrementAndGet()).toString();
    }

    /** A message ailog itself posted in a member's DM, as Slack echoes it back to the app. */
    public String botMessageInDm(String userId, String botUserId, String botId, String text) {
        return message(userId, text).with("user", botUserId).with("bot_id", botId).toString();
    }

    /** A member edited a message in ailog's DM: the {@code message_changed} subtype. */
    public String messageChangedInDm(String userId, String newText) {
        String ts = clock.instant().getEpochSecond() + ".000200";
        JsonBuilder edited = JsonBuilder.object().with("type", "message").with("user", userId).with("text", newText)
                .with("ts", ts).with("edited", JsonBuilder.object().with("user", userId).with("ts", ts));
        return JsonBuilder.object().with("type", "message").with("subtype", "message_changed").with("hidden", true)
                .with("channel", FakeSlack.dmChannel(userId)).with("channel_type", "im").with("message", edited)
                .with("ts", ts).with("event_ts", ts).toString();
    }

    private JsonBuilder message(String userId, String text) {
        String ts = clock.instant().getEpochSecond() + "." + String.format("%06d", SEQUENCE.incrementAndGet());
        return JsonBuilder.object().with("type", "message").with("channel", FakeSlack.dmChannel(userId))
                .with("user", userId).with("text", text).with("ts", ts).with("event_ts", ts)
                .with("channel_type", "im");
    }

    /** The form body Slack uses for every interaction: {@code payload=<url-encoded JSON>}. */
    public static String interactiveForm(String payloadJson) {
        return "payload=" + encode(payloadJson);
    }

    private String blockActions(String userId, JsonBuilder action, String responseUrl) {
        JsonArray actions = new JsonArray();
        actions.add(action.build());
        JsonBuilder payload = interactionBase("block_actions", userId).with("actions", actions);
        if (responseUrl == null) {
            return payload.with("container", JsonBuilder.object().with("type", "view").with("view_id", HOME_VIEW_ID))
                    .with("view", homeView()).with("state", emptyState()).toString();
        }
        JsonBuilder container = JsonBuilder.object().with("type", "message").with("message_ts", "1732700001.000100")
                .with("channel_id", CHANNEL_ID).with("is_ephemeral", true);
        return payload.with("container", container)
                .with("channel", JsonBuilder.object().with("id", CHANNEL_ID).with("name", "general"))
                .with("state", emptyState()).with("response_url", responseUrl).toString();
    }

    private JsonBuilder interactionBase(String type, String userId) {
        JsonBuilder user = JsonBuilder.object().with("id", userId).with("username", userName(userId))
                .with("name", userName(userId)).with("team_id", FakeSlack.TEAM_ID);
        return JsonBuilder.object().with("type", type).with("user", user).with("api_app_id", APP_ID)
                .with("token", VERIFICATION_TOKEN).with("trigger_id", triggerId())
                .with("team", JsonBuilder.object().with("id", FakeSlack.TEAM_ID).with("domain", "acme"))
                .with("enterprise", null).with("is_enterprise_install", false);
    }

    private static JsonBuilder homeView() {
        return JsonBuilder.object().with("id", HOME_VIEW_ID).with("team_id", FakeSlack.TEAM_ID).with("type", "home")
                .with("callback_id", "").with("private_metadata", "").with("hash", "h")
                .with("blocks", new JsonArray()).with("state", emptyState()).with("app_id", APP_ID)
                .with("bot_id", FakeSlack.BOT_ID);
    }

    private static JsonBuilder emptyState() {
        return JsonBuilder.object().with("values", JsonBuilder.object());
    }

    private static JsonBuilder plainText(String text) {
        return JsonBuilder.object().with("type", "plain_text").with("text", text).with("emoji", true);
    }

    private String actionTs() {
        return clock.instant().getEpochSecond() + "." + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }

    private static String triggerId() {
        return "1111.2222." + SEQUENCE.incrementAndGet();
    }

    private static String userName(String userId) {
        return userId.toLowerCase(Locale.ROOT);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
