package ailog.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Null-tolerant reads from Gson trees, so the checks stay one line each. */
final class Json {
    private Json() {}

    static String string(JsonObject parent, String field) {
        JsonElement value = parent.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    static JsonObject object(JsonObject parent, String field) {
        JsonElement value = parent.get(field);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    /** The items of an array field, non-objects as empty objects so indexes still match; empty when absent. */
    static List<JsonObject> objects(JsonObject parent, String field) {
        JsonArray array = array(parent, field);
        return array == null ? List.of() : objects(array);
    }

    static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> result = new ArrayList<>();
        for (JsonElement item : array) {
            result.add(item.isJsonObject() ? item.getAsJsonObject() : new JsonObject());
        }
        return result;
    }

    static JsonArray array(JsonObject parent, String field) {
        JsonElement value = parent.get(field);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : null;
    }
}
