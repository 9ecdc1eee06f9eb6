package ailog.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A tiny fluent JSON object builder, so fakes and payloads read like the JSON they produce. */
final class JsonBuilder {
    private final JsonObject json = new JsonObject();

    static JsonBuilder object() {
        return new JsonBuilder();
    }

    /** Strings, numbers, booleans, JSON trees and nested builders; {@code null} becomes JSON null. */
    JsonBuilder with(String key, Object value) {
        if (value == null) {
            json.add(key, JsonNull.INSTANCE);
        } else if (value instanceof JsonBuilder builder) {
            json.add(key, builder.build());
        } else if (value instanceof JsonElement element) {
            json.add(key, element);
        } else if (value instanceof Boolean bool) {
            json.addProperty(key, bool);
        } else if (value instanceof Number number) {
            json.addProperty(key, number);
        } else {
            json.addProperty(key, value.toString());
        }
        return this;
    }

    /** Adds already-serialised JSON (e.g. a test's {@code state.values}) as a tree. */
    JsonBuilder withRaw(String key, String json) {
        return with(key, JsonParser.parseString(json));
    }

    JsonObject build() {
        return json;
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
