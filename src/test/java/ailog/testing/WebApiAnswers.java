package ailog.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the fake Web API answers per method when nothing is injected: Slack's success shapes with stable ids. */
final class WebApiAnswers {
    private static final String DEFAULT_ZONE = "America/New_York";

    private final Clock clock;
    private final String baseUrl;
    private final AtomicLong messageTs = new AtomicLong(1_732_700_000L);
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, String> zones = new ConcurrentHashMap<>();
    private final Map<String, FakeSlack.UserState> states = new ConcurrentHashMap<>();
    private volatile String socketModeUrl;

    WebApiAnswers(Clock clock, String baseUrl) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.socketModeUrl = baseUrl.replaceFirst("^http", "ws") + "/socket";
    }

    void setUserZone(String userId, String zoneId) {
        zones.put(userId, ZoneId.of(zoneId).getId());
    }

    void setUser(String userId, FakeSlack.UserState state) {
        states.put(userId, state);
    }

    void setSocketModeUrl(String url) {
        socketModeUrl = url;
    }

    JsonObject answer(String method, Map<String, String> form) {
        return switch (method) {
            case "auth.test" -> authTest();
            case "users.info" -> usersInfo(form.get("user"));
            case "chat.postMessage" -> postMessage(form);
            case "chat.postEphemeral" -> ok().with("message_ts", nextTs()).build();
            case "chat.update" -> ok().with("channel", form.get("channel")).with("ts", form.get("ts"))
                    .with("text", form.get("text")).with("message", message(form, form.get("ts"))).build();
            case "conversations.open" -> ok().with("channel", JsonBuilder.object().with("id", FakeSlack.dmChannel(
                    form.getOrDefault("users", "").split(",")[0])).build()).build();
            case "views.publish", "views.open" -> ok().with("view", view(form)).build();
            case "files.getUploadURLExternal" -> uploadUrl();
            case "files.completeUploadExternal" -> ok().with("files", parse(form.getOrDefault("files", "[]"))).build();
            case "apps.connections.open" -> ok().with("url", socketModeUrl).build();
            default -> FakeSlack.error("unknown_method");
        };
    }

    private JsonObject authTest() {
        return ok().with("url", "https://acme.slack.com/").with("team", "Acme").with("user", "ailog")
                .with("team_id", FakeSlack.TEAM_ID).with("user_id", FakeSlack.BOT_USER_ID)
                .with("bot_id", FakeSlack.BOT_ID).with("is_enterprise_install", false).build();
    }

    private JsonObject usersInfo(String userId) {
        FakeSlack.UserState state = userId == null ? FakeSlack.UserState.UNKNOWN
                : states.getOrDefault(userId, FakeSlack.UserState.ACTIVE);
        if (state == FakeSlack.UserState.UNKNOWN) {
            return FakeSlack.error("user_not_found");
        }
        ZoneId zone = ZoneId.of(zones.getOrDefault(userId, DEFAULT_ZONE));
        Instant now = clock.instant();
        String label = TimeZone.getTimeZone(zone)
                .getDisplayName(zone.getRules().isDaylightSavings(now), TimeZone.LONG, Locale.US);
        JsonObject user = JsonBuilder.object().with("id", userId).with("team_id", FakeSlack.TEAM_ID)
                .with("name", userId.toLowerCase(Locale.ROOT)).with("real_name", "User " + userId)
                .with("deleted", state == FakeSlack.UserState.DELETED).with("is_bot", state == FakeSlack.UserState.BOT)
                .with("tz", zone.getId()).with("tz_label", label)
                .with("tz_offset", zone.getRules().getOffset(now).getTotalSeconds()).build();
        return ok().with("user", user).build();
    }

    private JsonObject postMessage(Map<String, String> form) {
        String channel = form.getOrDefault("channel", "");
        String ts = nextTs();
        return ok().with("channel", channel.startsWith("U") ? FakeSlack.dmChannel(channel) : channel)
                .with("ts", ts).with("message", message(form, ts)).build();
    }

    private JsonObject message(Map<String, String> form, String ts) {
        JsonBuilder message = JsonBuilder.object().with("type", "message").with("text", form.getOrDefault("text", ""))
                .with("user", FakeSlack.BOT_USER_ID).with("bot_id", FakeSlack.BOT_ID).with("ts", ts);
        return form.containsKey("blocks") ? message.with("blocks", parse(form.get("blocks"))).build() : message.build();
    }

    private JsonObject view(Map<String, String> form) {
        String id = String.format("V%08d", ids.incrementAndGet());
        JsonElement parsed = parse(form.getOrDefault("view", "{}"));
        JsonObject view = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
        view.addProperty("id", id);
        view.addProperty("hash", "h");
        view.addProperty("root_view_id", id);
        view.addProperty("team_id", FakeSlack.TEAM_ID);
        return view;
    }

    private JsonObject uploadUrl() {
        String fileId = String.format("F%08d", ids.incrementAndGet());
        return ok().with("upload_url", baseUrl + "/upload/" + fileId).with("file_id", fileId).build();
    }

    private String nextTs() {
        return messageTs.incrementAndGet() + ".000100";
    }

    private static JsonElement parse(String json) {
        try {
            return JsonParser.parseString(json);
        } catch (RuntimeException e) {
            return new JsonArray();
        }
    }

    private static JsonBuilder ok() {
        return JsonBuilder.object().with("ok", true);
    }
}
