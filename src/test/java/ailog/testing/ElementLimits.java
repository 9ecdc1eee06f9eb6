package ailog.testing;

import static ailog.testing.Violations.TextKind.ANY;
import static ailog.testing.Violations.TextKind.PLAIN;

import com.google.gson.JsonObject;
import java.util.List;

/** Limits of interactive elements, options and confirm dialogs (PLATFORM.md §5). */
final class ElementLimits {
    private ElementLimits() {}

    static void element(JsonObject element, String p, Violations v) {
        v.maxLength(element, "action_id", 255, p);
        v.text(element, "placeholder", 150, PLAIN, p);
        JsonObject confirm = Json.object(element, "confirm");
        if (confirm != null) {
            confirm(confirm, p + "/confirm", v);
        }
        switch (String.valueOf(Json.string(element, "type"))) {
            case "button" -> button(element, p, v);
            case "static_select", "multi_static_select" -> select(element, p, v);
            case "overflow" -> options(element, 5, p, v);
            case "checkboxes", "radio_buttons" -> options(element, 10, p, v);
            case "image" -> image(element, p, v);
            default -> {}
        }
    }

    private static void button(JsonObject button, String p, Violations v) {
        v.requiredText(button, "text", 75, PLAIN, p);
        v.maxLength(button, "value", 2000, p);
        v.maxLength(button, "url", 3000, p);
        v.maxLength(button, "accessibility_label", 75, p);
    }

    private static void select(JsonObject select, String p, Violations v) {
        options(select, 100, p, v);
        v.maxItems(select, "option_groups", 100, p);
        List<JsonObject> groups = Json.objects(select, "option_groups");
        for (int i = 0; i < groups.size(); i++) {
            String group = p + "/option_groups/" + i;
            v.text(groups.get(i), "label", 75, PLAIN, group);
            options(groups.get(i), 100, group, v);
        }
    }

    private static void options(JsonObject parent, int max, String p, Violations v) {
        v.maxItems(parent, "options", max, p);
        List<JsonObject> options = Json.objects(parent, "options");
        for (int i = 0; i < options.size(); i++) {
            option(options.get(i), p + "/options/" + i, v);
        }
    }

    private static void option(JsonObject option, String p, Violations v) {
        v.requiredText(option, "text", 75, ANY, p);
        v.maxLength(option, "value", 150, p);
        v.text(option, "description", 75, ANY, p);
    }

    private static void confirm(JsonObject confirm, String p, Violations v) {
        v.text(confirm, "title", 100, PLAIN, p);
        v.text(confirm, "text", 300, ANY, p);
        v.text(confirm, "confirm", 30, PLAIN, p);
        v.text(confirm, "deny", 30, PLAIN, p);
    }

    static void image(JsonObject image, String p, Violations v) {
        v.maxLength(image, "image_url", 3000, p);
        v.maxLength(image, "alt_text", 2000, p);
    }
}
