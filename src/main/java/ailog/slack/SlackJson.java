package ailog.slack;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Writes Slack's message objects (blocks, elements, text objects) as the JSON Slack expects, in one streaming pass.
 * The SDK's own Gson turns every block into a JSON tree before writing it, which costs more than the rest of an
 * acknowledgement; for writing, the runtime class of each block says all that is needed.
 */
public final class SlackJson {
    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .create();

    private SlackJson() {}

    public static String write(Object message) {
        return GSON.toJson(message);
    }
}
