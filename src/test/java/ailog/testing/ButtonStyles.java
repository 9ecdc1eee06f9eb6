package ailog.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Map;

/** Counts styled buttons anywhere in a message or view: Slack asks for at most one primary button in each. */
public final class ButtonStyles {
    private ButtonStyles() {}

    /** How many elements of any depth in {@code json} carry {@code "style": style}. */
    public static int count(String json, String style) {
        return count(JsonParser.parseString(json), style);
    }

    private static int count(JsonElement element, String style) {
        if (element.isJsonArray()) {
            int sum = 0;
            for (JsonElement item : element.getAsJsonArray()) {
                sum += count(item, style);
            }
            return sum;
        }
        if (!element.isJsonObject()) {
            return 0;
        }
        int sum = 0;
        for (Map.Entry<String, JsonElement> field : element.getAsJsonObject().entrySet()) {
            boolean styled = field.getKey().equals("style") && field.getValue().isJsonPrimitive()
                    && field.getValue().getAsString().equals(style);
            sum += styled ? 1 : count(field.getValue(), style);
        }
        return sum;
    }
}
