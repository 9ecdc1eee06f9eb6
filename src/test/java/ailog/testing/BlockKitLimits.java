package ailog.testing;

import static ailog.testing.Violations.TextKind.PLAIN;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks messages and views against Slack's Block Kit limits (PLATFORM.md §5), worded like {@code invalid_blocks}. */
public final class BlockKitLimits {
    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    public static final int MESSAGE_TEXT = 40_000;
    public static final int VIEW_BYTES = 250_000;

    private BlockKitLimits() {}

    /** A message as the Web API receives it: {@code text} and {@code blocks} (a JSON array string), both nullable. */
    public static List<String> checkMessage(String text, String blocksJson) {
        Violations v = new Violations();
        if (Violations.length(text) > MESSAGE_TEXT) {
            v.add(Violations.tooLong(MESSAGE_TEXT), "/text");
        }
        if (blocksJson != null && !blocksJson.isBlank()) {
            JsonElement blocks = parse(blocksJson, v);
            if (blocks != null && !blocks.isJsonArray()) {
                v.add("must be an array", "/blocks");
            } else if (blocks != null) {
                blocks(blocks.getAsJsonArray(), MESSAGE_BLOCKS, v);
            }
        }
        return v.list();
    }

    /** A message posted as one JSON object, as to a {@code response_url}. */
    public static List<String> checkMessage(JsonObject message) {
        JsonElement blocks = message.get("blocks");
        String blocksJson = blocks == null || blocks.isJsonNull() ? null : blocks.toString();
        return checkMessage(Json.string(message, "text"), blocksJson);
    }

    /** A modal or Home tab view as sent to {@code views.open} / {@code views.publish}; pointers are view-relative. */
    public static List<String> checkView(String viewJson) {
        Violations v = new Violations();
        if (viewJson.getBytes(StandardCharsets.UTF_8).length > VIEW_BYTES) {
            v.add("view is larger than 250 kB", "/");
        }
        JsonElement parsed = parse(viewJson, v);
        if (parsed == null || !parsed.isJsonObject()) {
            return v.list();
        }
        JsonObject view = parsed.getAsJsonObject();
        if ("modal".equals(Json.string(view, "type"))) {
            modal(view, v);
        }
        v.maxLength(view, "private_metadata", 3000, "");
        v.maxLength(view, "callback_id", 255, "");
        v.maxLength(view, "external_id", 255, "");
        JsonArray blocks = Json.array(view, "blocks");
        blocks(blocks == null ? new JsonArray() : blocks, VIEW_BLOCKS, v);
        return v.list();
    }

    private static void modal(JsonObject view, Violations v) {
        v.requiredText(view, "title", 24, PLAIN, "");
        v.text(view, "submit", 24, PLAIN, "");
        v.text(view, "close", 24, PLAIN, "");
        boolean hasInput = Json.objects(view, "blocks").stream()
                .anyMatch(block -> "input".equals(Json.string(block, "type")));
        if (hasInput && !view.has("submit")) {
            v.add("a modal with input blocks must have a submit button", "/submit");
        }
    }

    private static void blocks(JsonArray blocks, int max, Violations v) {
        if (blocks.size() > max) {
            v.add("no more than " + max + " items allowed", "/blocks");
        }
        Set<String> blockIds = new HashSet<>();
        List<JsonObject> all = Json.objects(blocks);
        for (int i = 0; i < all.size(); i++) {
            String p = "/blocks/" + i;
            String blockId = Json.string(all.get(i), "block_id");
            if (blockId != null && !blockIds.add(blockId)) {
                v.add("duplicate block_id: " + blockId, p + "/block_id");
            }
            BlockRules.block(all.get(i), p, v);
        }
    }

    private static JsonElement parse(String json, Violations v) {
        try {
            return JsonParser.parseString(json);
        } catch (JsonParseException e) {
            v.add("invalid JSON: " + e.getMessage(), "/");
            return null;
        }
    }
}
