package ailog.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes Web API request bodies, form-encoded or JSON, into one flat map of strings (first value wins). */
final class RequestBodies {
    private RequestBodies() {}

    static Map<String, String> parse(String contentType, String body) {
        boolean json = contentType != null && contentType.toLowerCase().contains("json");
        return json || body.stripLeading().startsWith("{") ? json(body) : form(body);
    }

    /** Repeated keys (the SDK sends {@code thread_ts} twice) keep their first value; keys without '=' are empty. */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            fields.putIfAbsent(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return Collections.unmodifiableMap(fields);
    }

    /** Top-level fields: strings as they are, other scalars as text, objects and arrays as JSON strings. */
    static Map<String, String> json(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonObject object = JsonParser.parseString(body).getAsJsonObject();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            JsonElement value = entry.getValue();
            if (!value.isJsonNull()) {
                fields.put(entry.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
