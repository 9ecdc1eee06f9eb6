package ailog.testing;

import static ailog.testing.Violations.TextKind.ANY;
import static ailog.testing.Violations.TextKind.PLAIN;

import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Limits of each block type (PLATFORM.md §5), one method per type. */
final class BlockRules {
    private BlockRules() {}

    static void block(JsonObject block, String p, Violations v) {
        v.maxLength(block, "block_id", 255, p);
        switch (String.valueOf(Json.string(block, "type"))) {
            case "section" -> section(block, p, v);
            case "header" -> v.requiredText(block, "text", 150, PLAIN, p);
            case "context" -> context(block, p, v);
            case "actions" -> actions(block, p, v);
            case "input" -> input(block, p, v);
            case "image" -> ElementLimits.image(block, p, v);
            default -> {}
        }
    }

    private static void section(JsonObject section, String p, Violations v) {
        if (!section.has("text") && !section.has("fields")) {
            v.add("must provide text or fields", p);
        }
        v.text(section, "text", 3000, ANY, p);
        v.maxItems(section, "fields", 10, p);
        List<JsonObject> fields = Json.objects(section, "fields");
        for (int i = 0; i < fields.size(); i++) {
            v.textObject(fields.get(i), 2000, ANY, p + "/fields/" + i);
        }
        JsonObject accessory = Json.object(section, "accessory");
        if (accessory != null) {
            ElementLimits.element(accessory, p + "/accessory", v);
        }
    }

    private static void context(JsonObject context, String p, Violations v) {
        v.maxItems(context, "elements", 10, p);
        List<JsonObject> elements = Json.objects(context, "elements");
        for (int i = 0; i < elements.size(); i++) {
            String type = Json.string(elements.get(i), "type");
            if ("plain_text".equals(type) || "mrkdwn".equals(type)) {
                v.textObject(elements.get(i), 3000, ANY, p + "/elements/" + i);
            } else {
                ElementLimits.element(elements.get(i), p + "/elements/" + i, v);
            }
        }
    }

    private static void actions(JsonObject actions, String p, Violations v) {
        v.maxItems(actions, "elements", 25, p);
        Set<String> actionIds = new HashSet<>();
        List<JsonObject> elements = Json.objects(actions, "elements");
        for (int i = 0; i < elements.size(); i++) {
            String actionId = Json.string(elements.get(i), "action_id");
            if (actionId != null && !actionIds.add(actionId)) {
                v.add("duplicate action_id: " + actionId, p + "/elements/" + i + "/action_id");
            }
            ElementLimits.element(elements.get(i), p + "/elements/" + i, v);
        }
    }

    private static void input(JsonObject input, String p, Violations v) {
        v.requiredText(input, "label", 2000, PLAIN, p);
        v.text(input, "hint", 2000, PLAIN, p);
        JsonObject element = Json.object(input, "element");
        if (element == null) {
            v.add("missing required field: element", p);
        } else {
            ElementLimits.element(element, p + "/element", v);
        }
    }
}
