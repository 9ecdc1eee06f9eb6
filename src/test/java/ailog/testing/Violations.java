package ailog.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Collects Block Kit violations worded like Slack's {@code invalid_blocks} errors, each with its JSON pointer. */
final class Violations {
    private final List<String> found = new ArrayList<>();

    void add(String message, String pointer) {
        found.add(message + " [json-pointer:" + pointer + "]");
    }

    List<String> list() {
        return List.copyOf(found);
    }

    /** A plain string field (ids, values, urls, metadata) of at most {@code max} characters. */
    void maxLength(JsonObject parent, String field, int max, String pointer) {
        JsonElement value = parent.get(field);
        if (value != null && value.isJsonPrimitive() && length(value.getAsString()) > max) {
            add(tooLong(max), pointer + "/" + field);
        }
    }

    /** An array field of at most {@code max} items. */
    void maxItems(JsonObject parent, String field, int max, String pointer) {
        JsonElement value = parent.get(field);
        if (value != null && value.isJsonArray() && value.getAsJsonArray().size() > max) {
            add("no more than " + max + " items allowed", pointer + "/" + field);
        }
    }

    /** An optional text object field: non-empty, at most {@code max} characters, plain_text when required. */
    void text(JsonObject parent, String field, int max, TextKind kind, String pointer) {
        JsonElement value = parent.get(field);
        if (value == null || value.isJsonNull()) {
            return;
        }
        if (!value.isJsonObject()) {
            add("must be a text object", pointer + "/" + field);
            return;
        }
        textObject(value.getAsJsonObject(), max, kind, pointer + "/" + field);
    }

    /** A required text object field. */
    void requiredText(JsonObject parent, String field, int max, TextKind kind, String pointer) {
        if (!parent.has(field) || parent.get(field).isJsonNull()) {
            add("missing required field", pointer + "/" + field);
        } else {
            text(parent, field, max, kind, pointer);
        }
    }

    void textObject(JsonObject text, int max, TextKind kind, String pointer) {
        String type = Json.string(text, "type");
        if (!"plain_text".equals(type) && !(kind == TextKind.ANY && "mrkdwn".equals(type))) {
            add("must be a " + (kind == TextKind.PLAIN ? "plain_text" : "plain_text or mrkdwn") + " object",
                    pointer + "/type");
        }
        int length = length(Json.string(text, "text"));
        if (length == 0) {
            add("must be more than 0 characters", pointer + "/text");
        } else if (length > max) {
            add(tooLong(max), pointer + "/text");
        }
    }

    static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    static String tooLong(int max) {
        return "must be less than " + (max + 1) + " characters";
    }

    /** Which text object types a field accepts. */
    enum TextKind {
        PLAIN,
        ANY
    }
}
