package ailog.cli;

import ailog.app.feedback.FoundationKeys;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.WilsonInterval;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Optional;

/** A change to the foundations in {@code report --json}: what, when, and each side's figures with the verdict. */
final class ChangeJson {
    private ChangeJson() {}

    static JsonObject of(BeforeAfter effect) {
        JsonObject json = new JsonObject();
        json.addProperty("id", effect.change().id());
        json.addProperty("workflow", effect.change().workflow().value());
        json.addProperty("foundation", FoundationKeys.key(effect.change().foundation()));
        json.addProperty("description", effect.change().description());
        json.addProperty("author", effect.change().authorId());
        json.addProperty("changed_at", effect.change().changedAt().toString());
        json.addProperty("changed_on", effect.change().changedOn().toString());
        json.add("before", side(effect.before()));
        json.add("after", side(effect.after()));
        json.addProperty("p_value", effect.pValue().isPresent() ? effect.pValue().getAsDouble() : null);
        json.addProperty("verdict", effect.verdict().key());
        json.addProperty("more_runs", effect.moreRuns().isPresent() ? effect.moreRuns().getAsInt() : null);
        return json;
    }

    private static JsonObject side(BeforeAfter.Side side) {
        JsonObject json = new JsonObject();
        json.addProperty("runs", side.runs());
        json.addProperty("accepted", side.acceptance().accepted());
        json.addProperty("acceptance_rate", side.acceptance().fraction());
        json.add("acceptance_ci", interval(side.acceptance()));
        json.addProperty("targeted_share", side.share().fraction());
        return json;
    }

    /** {@code [lo, hi]}, the Wilson 95% bounds, or null without runs. */
    static JsonElement interval(AcceptanceRate rate) {
        Optional<WilsonInterval> interval = WilsonInterval.of(rate);
        if (interval.isEmpty()) {
            return JsonNull.INSTANCE;
        }
        JsonArray bounds = new JsonArray();
        bounds.add(round(interval.get().low()));
        bounds.add(round(interval.get().high()));
        return bounds;
    }

    /** Four decimals: enough for any percentage, short enough to read. */
    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
