package ailog.cli;

import ailog.domain.EditType;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.Answer;
import ailog.domain.metrics.EditTypeDistribution;
import ailog.domain.metrics.MemberRow;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.metrics.TeamReport;
import ailog.domain.metrics.WorkflowRow;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.Function;

/** {@code report --json} (SPEC §8): rates 0–1 or null, every edit type by its key, lower-case keys for enums. */
public final class ReportJson {
    private static final Gson GSON = new GsonBuilder()
            .serializeNulls()
            .disableHtmlEscaping()
            .setPrettyPrinting()
            .create();

    private ReportJson() {}

    public static String of(TeamReport report) {
        return GSON.toJson(tree(report));
    }

    /** The report with the changes to the foundations in view, each with its before and after. */
    public static String of(TeamReport report, List<BeforeAfter> changes) {
        JsonObject json = tree(report);
        json.add("changes", array(changes, ChangeJson::of));
        return GSON.toJson(json);
    }

    public static JsonObject tree(TeamReport report) {
        JsonObject json = new JsonObject();
        json.add("window", window(report.window()));
        json.addProperty("members_active", report.membersActive());
        json.addProperty("runs", report.runs());
        json.addProperty("acceptance_rate", rate(report.acceptance()));
        json.add("acceptance_ci", ChangeJson.interval(report.acceptance()));
        json.add("workflows", array(report.workflows(), ReportJson::workflow));
        json.add("members", array(report.members(), ReportJson::member));
        json.add("edit_types", editTypes(report.editTypes()));
        JsonObject segments = new JsonObject();
        segments.addProperty("power", report.segments().power());
        segments.addProperty("narrow", report.segments().narrow());
        segments.addProperty("non", report.segments().non());
        json.add("segments", segments);
        json.add("assessments", array(report.assessments(), ReportJson::assessment));
        // verdicts are kept as given: say when those in view were judged against different bars
        json.addProperty("assessment_rules_differ", report.assessmentRulesDiffer());
        JsonObject targets = new JsonObject();
        report.assessmentTargets().forEach((target, count) -> targets.addProperty(String.valueOf(target), count));
        json.add("assessment_targets", targets);
        return json;
    }

    private static JsonObject workflow(WorkflowRow row) {
        JsonObject json = new JsonObject();
        json.addProperty("key", row.key().value());
        json.addProperty("name", row.name());
        json.addProperty("runs", row.runs());
        json.addProperty("acceptance_rate", rate(row.acceptance()));
        json.add("acceptance_ci", ChangeJson.interval(row.acceptance()));
        json.addProperty("below_threshold", row.belowThreshold());
        json.add("edit_types", editTypes(row.editTypes()));
        return json;
    }

    private static JsonObject member(MemberRow row) {
        JsonObject json = new JsonObject();
        json.addProperty("user_id", row.userId());
        json.addProperty("runs", row.runs());
        json.addProperty("acceptance_rate", rate(row.acceptance()));
        json.add("acceptance_ci", ChangeJson.interval(row.acceptance()));
        json.addProperty("workflow_count_90d", row.workflowCount90d());
        json.addProperty("time_to_first_run_days",
                row.timeToFirstRunDays().isPresent() ? row.timeToFirstRunDays().getAsInt() : null);
        json.addProperty("segment", row.segment().key());
        json.addProperty("at_risk", row.atRisk());
        return json;
    }

    private static JsonObject assessment(SixWeekAssessment assessment) {
        JsonObject json = new JsonObject();
        json.addProperty("user_id", assessment.userId());
        json.addProperty("enrollment_id", assessment.enrollment().id());
        json.addProperty("target_percent", assessment.targetPercent());
        json.addProperty("runs_per_week_needed", assessment.rules().runsPerWeek());
        json.addProperty("judged_on", assessment.givenOn().map(Object::toString).orElse(null));
        json.add("frequency_weeks", window(assessment.rules().frequencyWeeks()));
        json.add("quality_weeks", window(assessment.rules().qualityWeeks()));
        json.add("expansion_weeks", window(assessment.rules().expansionWeeks()));
        json.addProperty("frequency_runs", assessment.weeks5To6().runs());
        json.addProperty("quality_accepted", assessment.weeks3To6().accepted());
        json.addProperty("quality_runs", assessment.weeks3To6().runs());
        json.add("quality_ci", ChangeJson.interval(assessment.weeks3To6()));
        json.addProperty("frequency_ok", assessment.frequencyOk());
        json.addProperty("quality_ok", answer(assessment.quality()));
        json.addProperty("expansion_ok", assessment.expansionOk());
        json.addProperty("verdict", assessment.verdict().key());
        JsonArray steps = new JsonArray();
        assessment.nextSteps().forEach(steps::add); // the verdict's step first, then the "also" answers
        json.add("next_steps", steps);
        return json;
    }

    private static JsonObject window(ReportWindow days) {
        JsonObject json = new JsonObject();
        json.addProperty("from", days.from().toString());
        json.addProperty("to", days.to().toString());
        return json;
    }

    /** true, false, or null for a check with too few runs to judge. */
    private static Boolean answer(Answer answer) {
        return switch (answer) {
            case YES -> true;
            case NO -> false;
            case NOT_ENOUGH_RUNS -> null;
        };
    }

    /** Every edit type, zero included, so the keys never change from one report to the next. */
    private static JsonObject editTypes(EditTypeDistribution distribution) {
        JsonObject json = new JsonObject();
        for (EditType type : EditType.values()) {
            json.addProperty(type.key(), distribution.count(type));
        }
        return json;
    }

    private static Double rate(AcceptanceRate rate) {
        return rate.fraction();
    }

    static <T> JsonArray array(List<T> rows, Function<T, JsonObject> toJson) {
        JsonArray array = new JsonArray();
        rows.forEach(row -> array.add(toJson.apply(row)));
        return array;
    }
}
