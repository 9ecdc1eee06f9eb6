package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.chart.TrendChart;
import ailog.domain.EditType;
import ailog.domain.LogSource;
import ailog.domain.NewRun;
import ailog.domain.Outcome;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.WeekPoint;
import ailog.testing.BotProcess;
import ailog.testing.FakeSlack;
import ailog.testing.RunningBot;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #4's "done when": on one seeded team, the owner's {@code /ailog report} on Monday, the Tuesday DM of the same days with its chart,
 * {@code report --json} and the day-42 verdict DMs all agree with each other, and with figures this test works out
 * itself, in plain Java, from the rows {@code export} hands out. Everything is gathered once, at the report's
 * instant, on the same database; each test then compares one output with the recomputation.
 */
class ReportAgreementEndToEndTest {
    private static final long SEED = 20270111L;
    private static final int TEAM_TARGET = 75;
    private static final String TEAM_ZONE = "Europe/Berlin";
    /** Monday 09:00 in Berlin, the owner's zone: when the owner asks for the report of the 7 days up to today. */
    private static final Instant AT = Instant.parse("2027-01-11T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2027-01-11");
    /** Tuesday 09:00 in Berlin: the weekly report of the 7 days before, the same days as the one asked for at AT. */
    private static final Instant REPORT_AT = AT.plus(Duration.ofDays(1));

    private static final String ALICE = "U0ALICE01";
    private static final String BORIS = "U0BORIS01";
    private static final String CHLOE = "U0CHLOE01";
    private static final String DAVID = "U0DAVID01";
    private static final String EMMA = "U0EMMA001";
    private static final String FINN = "U0FINN001";
    private static final String GRACE = "U0GRACE01";
    private static final String JONAS = "U0JONAS01";
    private static final String HUGO = "U0HUGO001";
    private static final String IVY = "U0IVY0001";

    private static final Map<String, String> CATALOG = Map.of(
            "proposal", "Client proposal",
            "status-update", "Status update",
            "support-reply", "Support reply",
            "shift-handover", "Shift handover",
            "meeting-notes", "Meeting notes",
            "onboarding", "Onboarding checklist");

    /** The trainings, as the owner enrolls them; a null target is the team's. */
    private static final List<Training> TRAININGS = List.of(
            new Training(EMMA, "Europe/London", "2026-11-23", List.of("proposal"), null),
            new Training(ALICE, "Europe/Berlin", "2026-11-24", List.of("proposal"), null),
            new Training(BORIS, "America/New_York", "2026-11-26", List.of("proposal", "status-update"), null),
            new Training(CHLOE, "Asia/Tokyo", "2026-11-28", List.of("support-reply"), 80),
            new Training(DAVID, "America/Los_Angeles", "2026-11-30", List.of("shift-handover"), 70),
            new Training(FINN, "America/Sao_Paulo", "2026-12-01", List.of("proposal"), null));

    private static RunningBot bot;
    private static List<Row> seeded;
    private static Rendered weeklyDm;
    private static String weeklyDmText;
    private static List<FakeSlack.Call> chartCalls;
    private static FakeSlack.Upload chart;
    private static Rendered slashReply;
    private static JsonObject json;
    private static String text;
    private static byte[] cliExport;
    private static byte[] slashExport;
    private static List<Row> exported;
    private static Recomputed expected;
    private static List<FakeSlack.Call> verdictDms;

    /** Seeds the team, lets the week's ticks run, then gathers every output at the report's instant. */
    @BeforeAll
    static void gatherEveryOutputAtTheReportInstant() throws IOException {
        bot = RunningBot.start(Map.of("AILOG_TARGET", Integer.toString(TEAM_TARGET), "AILOG_TIMEZONE", TEAM_ZONE,
                "AILOG_REPORT_DAY", "TUE"));
        seedTheTeam();
        tickEveryEveningOfTheWeekBefore();
        receiveTheWeeklyReport();
        bot.clock().set(AT);
        slashReply = Rendered.ofBlocks(bot.requests().slashCommand(RunningBot.OWNER, "report").json()
                .getAsJsonArray("blocks"));
        runTheCommandLine();
        slashExport = exportOverSlack();
        expected = Recomputed.from(exported);
        // The morning after David's day 42 (10:00 in Los Angeles): every assessment due by the end of TODAY is sent.
        bot.tick(TODAY.plusDays(1).atTime(23, 0).toInstant(ZoneOffset.UTC));
        verdictDms = bot.slack().delivered("chat.postMessage").stream()
                .filter(c -> c.get("text").contains("Six-week assessment") || c.get("text").contains("Six weeks since"))
                .toList();
    }

    /** The catalog, every run (stored as an import would), and each training enrolled by the owner in Slack. */
    private static void seedTheTeam() {
        bot.slack().setUserZone(RunningBot.OWNER, "Europe/Berlin");
        TRAININGS.forEach(t -> bot.slack().setUserZone(t.user(), t.zone()));
        CATALOG.forEach(bot::addWorkflow);
        seeded = history();
        bot.storeRuns(seeded.stream().map(Row::toNewRun).toList());
        bot.clock().set(Instant.parse("2027-01-03T00:00:00Z"));
        for (Training t : TRAININGS) {
            assertThat(bot.requests().slashCommand(RunningBot.OWNER, t.enrollCommand()).body()).contains("Enrolled");
        }
    }

    /** Assessments go out at 10:00 on day 43 in each member's zone; a tick every evening sends each of them. */
    private static void tickEveryEveningOfTheWeekBefore() {
        for (LocalDate day = LocalDate.parse("2027-01-03"); day.isBefore(TODAY); day = day.plusDays(1)) {
            bot.tick(day.atTime(23, 0).toInstant(ZoneOffset.UTC));
        }
    }

    /** The tick at the report's instant: one DM to the owner, then its chart through Slack's upload flow. */
    private static void receiveTheWeeklyReport() {
        int callsBefore = bot.slack().calls().size();
        int uploadsBefore = bot.slack().uploads().size();
        bot.tick(REPORT_AT);
        List<FakeSlack.Call> reportTick = bot.slack().calls().subList(callsBefore, bot.slack().calls().size());
        List<FakeSlack.Call> toOwner = reportTick.stream()
                .filter(c -> c.method().equals("chat.postMessage") && RunningBot.OWNER.equals(c.get("channel")))
                .toList();
        assertThat(toOwner).as("the report tick's DMs to the owner").hasSize(1);
        weeklyDm = Rendered.ofBlocks(JsonParser.parseString(toOwner.get(0).get("blocks")).getAsJsonArray());
        weeklyDmText = toOwner.get(0).get("text");
        chartCalls = reportTick.stream().filter(c -> c.method().startsWith("files.")).toList();
        assertThat(bot.slack().uploads()).as("uploads during the report tick").hasSize(uploadsBefore + 1);
        chart = bot.slack().uploads().get(uploadsBefore);
    }

    /** {@code report --json --at}, {@code report --at} the same instant and {@code export}: processes on one file. */
    private static void runTheCommandLine() throws IOException {
        Path csv = bot.databaseFile().resolveSibling("export.csv");
        Map<String, String> settings = Map.of("AILOG_DB", bot.databaseLocation(),
                "AILOG_TARGET", Integer.toString(TEAM_TARGET), "AILOG_TIMEZONE", TEAM_ZONE);
        BotProcess report = BotProcess.start(settings, "report", "--json", "--at", AT.toString());
        BotProcess textReport = BotProcess.start(settings, "report", "--at", AT.toString());
        BotProcess export = BotProcess.start(settings, "export", "--out", csv.toString());
        assertThat(report.awaitExit()).as(report.output().toString()).isEqualTo(0);
        assertThat(textReport.awaitExit()).as(textReport.output().toString()).isEqualTo(0);
        assertThat(export.awaitExit()).as(export.output().toString()).isEqualTo(0);
        json = JsonParser.parseString(jsonPrinted(report.output())).getAsJsonObject();
        text = String.join("\n", textReport.output());
        cliExport = Files.readAllBytes(csv);
        exported = Row.parseCsv(new String(cliExport, StandardCharsets.UTF_8));
    }

    /** {@code /ailog export}: the CSV arrives in the owner's DM as a file, after the acknowledgement. */
    private static byte[] exportOverSlack() {
        int completed = bot.slack().calls("files.completeUploadExternal").size();
        assertThat(bot.requests().slashCommand(RunningBot.OWNER, "export").body()).contains("Exporting");
        bot.slack().awaitCalls("files.completeUploadExternal", completed + 1, Duration.ofSeconds(10));
        List<FakeSlack.Upload> uploads = bot.slack().uploads();
        return uploads.get(uploads.size() - 1).bytes();
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    // ---- the export the recomputation stands on

    @Test
    void theExportHoldsExactlyTheSeededRunsAndTheSlashExportIsTheSameFile() {
        assertThat(sortedRows(exported)).isEqualTo(sortedRows(seeded));
        assertThat(new String(slashExport, StandardCharsets.UTF_8))
                .isEqualTo(new String(cliExport, StandardCharsets.UTF_8));
    }

    @Test
    void theSeededHistoryReachesEveryVerdictAndEveryBoundaryItWasBuiltFor() {
        assertThat(expected.assessments.values().stream().flatMap(a -> a.verdicts().stream()).collect(
                Collectors.toSet())).containsExactlyInAnyOrderElementsOf(Verdict.KEYS);
        assertThat(expected.assessments.values()).anyMatch(a -> a.verdicts().size() > 1);
        assertThat(expected.dueByTonight.values()).anyMatch(a -> a.qualityOk() == null && a.runs3To6() == 0);
        assertThat(expected.assessments.keySet()).containsExactlyInAnyOrder(ALICE, BORIS, CHLOE, DAVID);
        assertThat(expected.dueByTonight.keySet()).containsExactlyInAnyOrder(EMMA, ALICE, BORIS, CHLOE, DAVID);
        assertThat(expected.workflows.values()).anyMatch(w -> w.get("below_threshold").getAsBoolean())
                .anyMatch(w -> !w.get("below_threshold").getAsBoolean() && w.get("runs").getAsInt() >= 3)
                .anyMatch(w -> w.get("runs").getAsInt() == 0);
        assertThat(expected.members).containsKey(HUGO).doesNotContainKey(IVY);
        assertThat(expected.members.get(HUGO).get("runs").getAsInt()).isZero();
        assertThat(expected.members.get(EMMA).get("at_risk").getAsBoolean()).isTrue();
        assertThat(expected.members.get(GRACE).get("segment").getAsString()).isEqualTo("power");
        assertThat(expected.members.get(JONAS).get("segment").getAsString()).isEqualTo("narrow");
        assertThat(exported).anyMatch(r -> r.date().isAfter(TODAY)).anyMatch(r -> r.date().equals(TODAY.minusDays(7)));
    }

    // ---- report --json against the recomputation

    @Test
    void theJsonTeamFiguresAreTheRecomputedOnes() {
        assertThat(json.keySet()).containsExactlyInAnyOrder("window", "members_active", "runs", "acceptance_rate",
                "acceptance_ci", "workflows", "members", "edit_types", "segments", "assessments",
                "assessment_rules_differ", "assessment_targets", "changes");
        assertThat(json.get("acceptance_ci")).isEqualTo(wilson(expected.accepted, expected.runs));
        assertThat(json.getAsJsonArray("changes")).isEmpty();
        assertThat(json.getAsJsonObject("window")).isEqualTo(expected.window);
        assertThat(json.get("members_active")).isEqualTo(new JsonPrimitive(expected.membersActive));
        assertThat(json.get("runs")).isEqualTo(new JsonPrimitive(expected.runs));
        assertThat(json.get("acceptance_rate")).isEqualTo(rate(expected.accepted, expected.runs));
        assertThat(json.getAsJsonObject("edit_types")).isEqualTo(expected.editTypes);
        assertThat(json.getAsJsonObject("segments")).isEqualTo(expected.segments);
    }

    @Test
    void theJsonWorkflowsAreTheRecomputedOnes() {
        assertThat(byKey(json.getAsJsonArray("workflows"), "key")).isEqualTo(expected.workflows);
    }

    @Test
    void theJsonMembersAreTheRecomputedOnes() {
        assertThat(byKey(json.getAsJsonArray("members"), "user_id")).isEqualTo(expected.members);
    }

    @Test
    void theJsonAssessmentsAreTheRecomputedOnesThatCameDueThisWeek() {
        Map<String, JsonObject> assessments = byKey(json.getAsJsonArray("assessments"), "user_id");
        assertThat(assessments.keySet()).isEqualTo(expected.assessments.keySet());
        // the figures worked out here; the rules each was judged by (target, weeks, date given) come on top
        expected.assessments.forEach((user, a) -> {
            JsonObject shown = new JsonObject();
            a.json().keySet().forEach(key -> shown.add(key, assessments.get(user).get(key)));
            assertThat(shown).as(user).isEqualTo(a.json());
        });
    }

    // ---- the slash reply and the weekly DM against the JSON

    @Test
    void theSlashReplyAndTheWeeklyDmAreTheSameReport() {
        // the weekly DM adds the changes to the foundations and what to fix next; the report itself is the same
        assertThat(weeklyDm.sections.stream().filter(s -> !s.startsWith("*Changes to the foundations")
                && !s.startsWith(":dart:")).toList()).isEqualTo(slashReply.sections);
        assertThat(weeklyDmText).isEqualTo(headline(json));
    }

    @Test
    void bothShowTheJsonHeadlineForTheJsonWindow() {
        for (Rendered shown : List.of(slashReply, weeklyDm)) {
            assertThat(shown.headline()).isEqualTo(headline(json));
            assertThat(shown.windowLine()).contains(shownDay(json.getAsJsonObject("window").get("from")) + " – "
                    + shownDay(json.getAsJsonObject("window").get("to")) + " · target " + TEAM_TARGET + "%");
        }
    }

    @Test
    void bothShowEveryJsonWorkflowWithItsFigures() {
        Map<String, ShownWorkflow> fromJson = new TreeMap<>();
        json.getAsJsonArray("workflows").forEach(w -> {
            ShownWorkflow row = ShownWorkflow.of(w.getAsJsonObject());
            fromJson.put(row.name(), row);
        });
        for (Rendered shown : List.of(slashReply, weeklyDm)) {
            assertThat(shown.workflows()).isEqualTo(fromJson);
        }
    }

    @Test
    void bothShowEveryJsonMemberWithTheirFigures() {
        Map<String, ShownMember> fromJson = new TreeMap<>();
        json.getAsJsonArray("members").forEach(m -> {
            ShownMember row = ShownMember.of(m.getAsJsonObject());
            fromJson.put(row.user(), row);
        });
        for (Rendered shown : List.of(slashReply, weeklyDm)) {
            assertThat(shown.members()).isEqualTo(fromJson);
        }
    }

    @Test
    void bothShowTheJsonSegmentsAndAssessments() {
        Map<String, Integer> segments = new TreeMap<>();
        json.getAsJsonObject("segments").entrySet().forEach(e -> segments.put(e.getKey(), e.getValue().getAsInt()));
        Map<String, ShownVerdicts> assessments = new TreeMap<>();
        json.getAsJsonArray("assessments").forEach(a -> {
            ShownVerdicts row = ShownVerdicts.of(a.getAsJsonObject());
            assessments.put(row.user(), row);
        });
        for (Rendered shown : List.of(slashReply, weeklyDm)) {
            assertThat(shown.segments()).isEqualTo(segments);
            assertThat(shown.assessments()).isEqualTo(assessments);
        }
    }

    @Test
    void theWeeklyChartGoesUpThroughSlacksUploadFlowAndPlotsTheRecomputedWeeks() throws IOException {
        assertThat(chartCalls).extracting(FakeSlack.Call::method)
                .containsExactly("files.getUploadURLExternal", "files.completeUploadExternal");
        assertThat(chartCalls.get(0).get("filename")).endsWith(".png");
        assertThat(chartCalls.get(0).get("length")).isEqualTo(Integer.toString(chart.bytes().length));
        JsonArray files = JsonParser.parseString(chartCalls.get(1).get("files")).getAsJsonArray();
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(chart.fileId());
        assertThat(chartCalls.get(1).get("channel_id")).isEqualTo(FakeSlack.dmChannel(RunningBot.OWNER));

        assertThat(chart.bytes()).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.bytes()));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
        // The drawing is the app's; the eight weeks it is given here are counted from the export.
        assertThat(expected.chartWeeks.get(7).runs()).isEqualTo(json.get("runs").getAsInt());
        List<WeekPoint> weeks = expected.chartWeeks.stream()
                .map(w -> new WeekPoint(w.start(), new AcceptanceRate(w.accepted(), w.runs()))).toList();
        assertThat(chart.bytes()).isEqualTo(TrendChart.png(weeks, TEAM_TARGET));
    }

    // ---- the day-42 DMs against the JSON and the recomputation

    @Test
    void eachOwnerVerdictDmNamesTheJsonVerdictsWithTheRecomputedFigures() {
        Map<String, OwnerVerdict> dms = ownerDms();
        assertThat(dms.keySet()).isEqualTo(expected.dueByTonight.keySet());
        expected.dueByTonight.forEach((user, a) -> assertThat(dms.get(user)).as(user).isEqualTo(a.shownToOwner()));
        json.getAsJsonArray("assessments").forEach(a -> {
            ShownVerdicts fromJson = ShownVerdicts.of(a.getAsJsonObject());
            assertThat(dms.get(fromJson.user()).verdicts()).isEqualTo(fromJson);
        });
    }

    @Test
    void eachMemberGetsTheirOwnSummaryWithTheRecomputedFigures() {
        Map<String, MemberSummary> dms = memberDms();
        assertThat(dms.keySet()).isEqualTo(expected.dueByTonight.keySet());
        expected.dueByTonight.forEach((user, a) -> assertThat(dms.get(user)).as(user).isEqualTo(a.shownToMember()));
    }

    @Test
    void eachQualityRateShowsTheSame95PercentRangeInTheDmsTheReportsAndTheJson() {
        Map<String, Shown> fromJson = new TreeMap<>();
        json.getAsJsonArray("assessments").forEach(a -> fromJson.put(a.getAsJsonObject().get("user_id").getAsString(),
                Shown.quality(a.getAsJsonObject())));
        // Chloe's 11 of 14 in weeks 3–6: Wilson's bounds 0.5241–0.9243, worked out by hand
        assertThat(fromJson.get(CHLOE)).isEqualTo(new Shown(79, 11, 14, new Range(52, 92)));
        assertThat(fromJson.values()).as("a range exactly when there are runs")
                .allMatch(quality -> (quality.range() == null) == (quality.runs() == 0));

        Map<String, OwnerVerdict> owner = ownerDms();
        Map<String, MemberSummary> member = memberDms();
        fromJson.forEach((user, quality) -> {
            assertThat(owner.get(user).verdicts().quality()).as(user).isEqualTo(quality);
            if (member.get(user).qualityJudged()) {
                assertThat(member.get(user).quality()).as(user).isEqualTo(quality);
            }
        });
        for (Rendered shown : List.of(slashReply, weeklyDm)) {
            Map<String, Shown> inReport = new TreeMap<>();
            shown.assessments().forEach((user, verdicts) -> inReport.put(user, verdicts.quality()));
            assertThat(inReport).isEqualTo(fromJson);
        }
        assertThat(textQualities(text)).isEqualTo(fromJson);
    }

    /** The owner's day-42 DMs by member, one each. */
    private static Map<String, OwnerVerdict> ownerDms() {
        Map<String, OwnerVerdict> dms = new TreeMap<>();
        verdictDms.stream().filter(dm -> dm.get("channel").equals(RunningBot.OWNER)).forEach(dm -> {
            OwnerVerdict verdict = OwnerVerdict.parse(dm.get("text"));
            assertThat(dms.put(verdict.user(), verdict)).as("a second assessment DM for " + verdict.user()).isNull();
        });
        return dms;
    }

    /** Each member's own day-42 summary, by member, one each. */
    private static Map<String, MemberSummary> memberDms() {
        Map<String, MemberSummary> dms = new TreeMap<>();
        verdictDms.stream().filter(dm -> !dm.get("channel").equals(RunningBot.OWNER)).forEach(dm -> {
            assertThat(dms.put(dm.get("channel"), MemberSummary.parse(dm.get("text")))).isNull();
        });
        return dms;
    }

    /**
     * The text report's quality figures by member, from "quality yes (11 of 14 accepted, 95% range 52–92%, in weeks
     * 3–6, …)": the text gives counts, not a percent, so the percent is the counts'.
     */
    private static Map<String, Shown> textQualities(String report) {
        Matcher m = Pattern.compile("^- (\\w+), trained [^\n]+\n  frequency [^\n]*?, quality (?:yes|no|not enough runs"
                + " to judge) \\((\\d+) of (\\d+) accepted(?:, 95% range (\\d+)–(\\d+)%,)? in weeks 3–6, ",
                Pattern.MULTILINE).matcher(report.substring(report.indexOf("\nSix-week assessments due\n")));
        Map<String, Shown> qualities = new TreeMap<>();
        while (m.find()) {
            Shown counts = Shown.rate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            assertThat(qualities.put(m.group(1), m.group(4) == null ? counts
                    : counts.with(new Range(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)))))).isNull();
        }
        return qualities;
    }

    @Test
    void nothingSentBrokeBlockKitLimits() {
        assertThat(bot.slack().violations()).isEmpty();
    }

    // =================================================================================================================
    // The seeded team

    /** One training: who, in which zone, trained when on what, against which target (null: the team's). */
    record Training(String user, String zone, String trainedOn, List<String> workflows, Integer target) {
        LocalDate day() {
            return LocalDate.parse(trainedOn);
        }

        int targetPercent() {
            return target == null ? TEAM_TARGET : target;
        }

        String enrollCommand() {
            return "enroll <@" + user + "|" + user.toLowerCase(Locale.ROOT) + "> workflows=" + String.join(",", workflows)
                    + (target == null ? "" : " target=" + target) + " trained=" + trainedOn;
        }
    }

    /**
     * Eight weeks and more of a team, pseudo-random with a fixed seed inside a plan that decides what each member's
     * six weeks add up to, with runs placed on the days either side of each boundary.
     */
    private static List<Row> history() {
        History h = new History(new Random(SEED));
        // Emma: trained runs in weeks 1–2 only; another workflow on day 42 (2027-01-04, a day before the window).
        h.spread(EMMA, "proposal", "2026-11-24", "2026-12-07", 3, 1)
                .one(EMMA, "meeting-notes", "2027-01-04", "as-is", "");
        // Alice: a run on training day, then steady and above target; tries status updates in week 2.
        h.one(ALICE, "proposal", "2026-11-24", "as-is", "")
                .spread(ALICE, "proposal", "2026-11-25", "2026-12-08", 4, 3)
                .one(ALICE, "status-update", "2026-12-02", "light-edit", "scope")
                .spread(ALICE, "proposal", "2026-12-09", "2026-12-22", 5, 4)
                .spread(ALICE, "proposal", "2026-12-23", "2027-01-05", 7, 6)
                .spread(ALICE, "proposal", "2027-01-06", "2027-01-11", 3, 2)
                .spread(ALICE, "status-update", "2027-01-06", "2027-01-11", 2, 2);
        // Boris: five trained runs in weeks 5–6, with one on day 28 and one on day 43 just outside them.
        h.spread(BORIS, "proposal", "2026-11-27", "2026-12-10", 3, 2)
                .spread(BORIS, "status-update", "2026-11-27", "2026-12-10", 2, 1)
                .one(BORIS, "support-reply", "2026-12-14", "heavy-edit", "missing-info")
                .spread(BORIS, "proposal", "2026-12-11", "2026-12-23", 4, 4)
                .spread(BORIS, "status-update", "2026-12-11", "2026-12-23", 2, 2)
                .one(BORIS, "status-update", "2026-12-24", "as-is", "")
                .spread(BORIS, "proposal", "2026-12-25", "2027-01-07", 3, 3)
                .spread(BORIS, "status-update", "2026-12-25", "2027-01-07", 2, 2)
                .one(BORIS, "proposal", "2027-01-08", "as-is", "");
        // Chloe: often, but 11 of 14 accepted in weeks 3–6 is under her own 80% (and over the team's 75%).
        h.spread(CHLOE, "support-reply", "2026-11-29", "2026-12-12", 4, 2)
                .spread(CHLOE, "support-reply", "2026-12-13", "2026-12-26", 6, 5)
                .spread(CHLOE, "support-reply", "2026-12-27", "2027-01-09", 8, 6)
                .spread(CHLOE, "support-reply", "2027-01-10", "2027-01-11", 2, 0);
        // David: exactly 3 a week and exactly his 70%; other workflows only on day 0 and day 43 (tomorrow).
        h.one(DAVID, "status-update", "2026-11-30", "light-edit", "tone")
                .spread(DAVID, "shift-handover", "2026-12-01", "2026-12-14", 4, 2)
                .spread(DAVID, "shift-handover", "2026-12-15", "2026-12-28", 4, 3)
                .spread(DAVID, "shift-handover", "2026-12-29", "2027-01-11", 6, 4)
                .one(DAVID, "status-update", "2027-01-12", "as-is", "");
        // Grace: exactly 12 runs of 3 workflows in the 28 days, the first on their first day; more before them.
        h.spread(GRACE, "proposal", "2026-11-16", "2026-12-13", 5, 3)
                .one(GRACE, "support-reply", "2026-12-14", "light-edit", "format")
                .one(GRACE, "proposal", "2026-12-15", "as-is", "")
                .spread(GRACE, "proposal", "2026-12-16", "2027-01-11", 4, 4)
                .spread(GRACE, "status-update", "2026-12-15", "2027-01-11", 4, 3)
                .spread(GRACE, "meeting-notes", "2026-12-15", "2027-01-04", 1, 1)
                .one(GRACE, "meeting-notes", "2027-01-05", "not-used", "")
                .one(GRACE, "meeting-notes", "2027-01-11", "heavy-edit", "wrong-info")
                .one(GRACE, "proposal", "2027-01-12", "as-is", "");
        // Jonas: 11 runs of 3 workflows in the 28 days, a twelfth on the day before them.
        h.one(JONAS, "shift-handover", "2026-12-14", "heavy-edit", "format")
                .spread(JONAS, "proposal", "2026-12-16", "2027-01-11", 5, 3)
                .spread(JONAS, "status-update", "2026-12-16", "2027-01-11", 4, 2)
                .spread(JONAS, "shift-handover", "2026-12-16", "2027-01-11", 2, 1);
        // Hugo: runs only in the 90 days, the first on their first day; Ivy: one run the day before them.
        h.one(HUGO, "proposal", "2026-10-14", "as-is", "")
                .one(HUGO, "status-update", "2026-11-02", "heavy-edit", "tone")
                .one(IVY, "proposal", "2026-10-13", "as-is", "");
        return h.rows();
    }

    /** Builds the rows: a seeded generator picks days, outcomes, edit types and notes within each plan line. */
    private static final class History {
        private static final List<String> EDIT_TYPES = List.of("tone", "scope", "format", "missing-info", "wrong-info");
        private static final List<String> NOTES = List.of("", "", "first draft", "client \"Acme, Inc.\"",
                "Zoë's café menu", "two lines\nof notes");
        private final Random random;
        private final List<Row> rows = new ArrayList<>();

        History(Random random) {
            this.random = random;
        }

        /** {@code count} runs on days from … to, exactly {@code accepted} of them as-is or light-edit. */
        History spread(String user, String workflow, String from, String to, int count, int accepted) {
            LocalDate first = LocalDate.parse(from);
            int days = (int) ChronoUnit.DAYS.between(first, LocalDate.parse(to)) + 1;
            for (int i = 0; i < count; i++) {
                boolean ok = i < accepted;
                String outcome = ok ? (random.nextBoolean() ? "as-is" : "light-edit")
                        : (random.nextBoolean() ? "heavy-edit" : "not-used");
                String editType = outcome.equals("as-is") || random.nextInt(5) == 0
                        ? "" : EDIT_TYPES.get(random.nextInt(EDIT_TYPES.size()));
                one(user, workflow, first.plusDays(random.nextInt(days)).toString(), outcome, editType);
            }
            return this;
        }

        History one(String user, String workflow, String date, String outcome, String editType) {
            rows.add(new Row(LocalDate.parse(date), user, workflow, outcome, editType,
                    NOTES.get(random.nextInt(NOTES.size()))));
            return this;
        }

        List<Row> rows() {
            return List.copyOf(rows);
        }
    }

    /** One run as the export's row: date, user, workflow, outcome, edit type ("" for none), notes. */
    record Row(LocalDate date, String user, String workflow, String outcome, String editType, String notes) {
        static List<Row> parseCsv(String csv) {
            try {
                List<Row> rows = new ArrayList<>();
                for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(csv))) {
                    rows.add(new Row(LocalDate.parse(r.get("date")), r.get("user"), r.get("workflow"),
                            r.get("outcome"), r.get("edit_type"), r.get("notes")));
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        NewRun toNewRun() {
            return new NewRun(user, new WorkflowKey(workflow), Outcome.fromKey(outcome),
                    editType.isEmpty() ? Optional.empty() : Optional.of(EditType.fromKey(editType)),
                    date, notes, date.atTime(17, 0).toInstant(ZoneOffset.UTC), LogSource.IMPORT,
                    Optional.empty());
        }

        boolean accepted() {
            return outcome.equals("as-is") || outcome.equals("light-edit");
        }

        boolean within(LocalDate from, LocalDate to) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    // =================================================================================================================
    // The recomputation: SPEC §7 over the exported rows, in plain Java

    /** Every figure of the report, worked out from the rows and the trainings, in {@code report --json}'s shape. */
    static final class Recomputed {
        final JsonObject window = new JsonObject();
        int membersActive;
        int runs;
        int accepted;
        JsonObject editTypes;
        final JsonObject segments = new JsonObject();
        final Map<String, JsonObject> workflows = new TreeMap<>();
        final Map<String, JsonObject> members = new TreeMap<>();
        /** The assessments whose day 42 falls in the report's window. */
        final Map<String, Assessment> assessments = new TreeMap<>();
        /** Every assessment whose day 42 has come by the end of the report day: the DMs sent by then. */
        final Map<String, Assessment> dueByTonight = new TreeMap<>();
        /** The chart's eight weeks, oldest first, the last one the report's window. */
        List<Week> chartWeeks;

        static Recomputed from(List<Row> rows) {
            Recomputed r = new Recomputed();
            LocalDate from = TODAY.minusDays(6);
            r.window.addProperty("from", from.toString());
            r.window.addProperty("to", TODAY.toString());
            List<Row> week = rows.stream().filter(row -> row.within(from, TODAY)).toList();
            r.runs = week.size();
            r.accepted = (int) week.stream().filter(Row::accepted).count();
            r.editTypes = editTypes(week);
            CATALOG.forEach((key, name) -> r.workflows.put(key, workflow(key, name, week)));
            week.stream().map(Row::workflow).filter(key -> !CATALOG.containsKey(key))
                    .forEach(key -> r.workflows.putIfAbsent(key, workflow(key, key, week)));
            Set<String> listed = new TreeSet<>();
            rows.stream().filter(row -> row.within(TODAY.minusDays(89), TODAY)).forEach(row -> listed.add(row.user()));
            week.forEach(row -> listed.add(row.user()));
            TRAININGS.stream().filter(t -> !t.day().isAfter(TODAY)).forEach(t -> listed.add(t.user()));
            listed.forEach(user -> r.members.put(user, member(user, rows)));
            r.membersActive = (int) r.members.values().stream().filter(m -> m.get("runs").getAsInt() > 0).count();
            for (String segment : List.of("power", "narrow", "non")) {
                r.segments.addProperty(segment, (int) r.members.values().stream()
                        .filter(m -> m.get("segment").getAsString().equals(segment)).count());
            }
            for (Training t : TRAININGS) {
                LocalDate due = t.day().plusDays(42);
                if (!due.isAfter(TODAY)) {
                    r.dueByTonight.put(t.user(), Assessment.of(t, rows));
                    if (!due.isBefore(from)) {
                        r.assessments.put(t.user(), Assessment.of(t, rows));
                    }
                }
            }
            r.chartWeeks = IntStream.range(0, 8).mapToObj(i -> {
                LocalDate start = TODAY.minusDays(55).plusDays(7L * i);
                List<Row> inWeek = rows.stream().filter(row -> row.within(start, start.plusDays(6))).toList();
                return new Week(start, (int) inWeek.stream().filter(Row::accepted).count(), inWeek.size());
            }).toList();
            return r;
        }

        private static JsonObject workflow(String key, String name, List<Row> week) {
            List<Row> runs = week.stream().filter(row -> row.workflow().equals(key)).toList();
            int accepted = (int) runs.stream().filter(Row::accepted).count();
            JsonObject json = new JsonObject();
            json.addProperty("key", key);
            json.addProperty("name", name);
            json.addProperty("runs", runs.size());
            json.add("acceptance_rate", rate(accepted, runs.size()));
            json.add("acceptance_ci", wilson(accepted, runs.size()));
            json.addProperty("below_threshold", runs.size() >= 5 && accepted * 100 < TEAM_TARGET * runs.size());
            json.add("edit_types", editTypes(runs));
            return json;
        }

        private static JsonObject member(String user, List<Row> all) {
            List<Row> runs = all.stream().filter(row -> row.user().equals(user) && !row.date().isAfter(TODAY)).toList();
            List<Row> week = runs.stream().filter(row -> row.within(TODAY.minusDays(6), TODAY)).toList();
            List<Row> days28 = runs.stream().filter(row -> row.within(TODAY.minusDays(27), TODAY)).toList();
            long workflows28 = days28.stream().map(Row::workflow).distinct().count();
            Optional<Training> training = TRAININGS.stream().filter(t -> t.user().equals(user)).findFirst();
            int accepted = (int) week.stream().filter(Row::accepted).count();
            JsonObject json = new JsonObject();
            json.addProperty("user_id", user);
            json.addProperty("runs", week.size());
            json.add("acceptance_rate", rate(accepted, week.size()));
            json.add("acceptance_ci", wilson(accepted, week.size()));
            json.addProperty("workflow_count_90d", runs.stream().filter(row -> row.within(TODAY.minusDays(89), TODAY))
                    .map(Row::workflow).distinct().count());
            json.add("time_to_first_run_days", training.flatMap(t -> runs.stream().map(Row::date)
                    .filter(day -> day.isAfter(t.day())).min(Comparator.naturalOrder())
                    .map(day -> (JsonElement) new JsonPrimitive(ChronoUnit.DAYS.between(t.day(), day))))
                    .orElse(JsonNull.INSTANCE));
            json.addProperty("segment", days28.size() >= 12 && workflows28 >= 3 ? "power"
                    : days28.isEmpty() ? "non" : "narrow");
            json.addProperty("at_risk", training.isPresent() && week.isEmpty());
            return json;
        }

        private static JsonObject editTypes(List<Row> runs) {
            JsonObject json = new JsonObject();
            for (String type : History.EDIT_TYPES) {
                json.addProperty(type, runs.stream().filter(row -> row.editType().equals(type)).count());
            }
            return json;
        }
    }

    /** A week of the chart: its first day, accepted runs and runs. */
    record Week(LocalDate start, int accepted, int runs) {}

    /** The verdicts of SPEC §7, frequency first: the key JSON uses, the label messages show, the next step. */
    enum Verdict {
        ADOPTION_WORKING("adoption-working", "adoption working", "continue; plan second-wave workflow expansion"),
        WORKING_QUALITY_NOT_JUDGED("working-quality-not-judged", "adoption working on frequency and expansion",
                "continue; have every run logged and judge quality at 5 runs before planning the second wave"),
        REVERTED("reverted", "reverted", "diagnose why; intervene"),
        QUALITY("quality-bar-not-met", "quality bar not met", "diagnose the context or prompt gap; fix it"),
        STABLE("stable-not-deepening", "stable, not deepening", "second training session on more workflows");

        static final List<String> KEYS = List.of("adoption-working", "reverted", "quality-bar-not-met",
                "stable-not-deepening");
        final String key;
        final String label;
        final String nextStep;

        Verdict(String key, String label, String nextStep) {
            this.key = key;
            this.label = label;
            this.nextStep = nextStep;
        }

        static Verdict labelled(String label) {
            for (Verdict v : values()) {
                if (v.label.equals(label)) {
                    return v;
                }
            }
            throw new AssertionError("no verdict is labelled '" + label + "'");
        }

        static Verdict keyed(String key) {
            for (Verdict v : values()) {
                if (v.key.equals(key)) {
                    return v;
                }
            }
            throw new AssertionError("no verdict has the key '" + key + "'");
        }
    }

    /** One enrollment's six weeks, counted over its trained workflows (expansion over the others). */
    record Assessment(Training training, int runsWeeks5To6, int accepted3To6, int runs3To6, int outside) {
        static Assessment of(Training t, List<Row> all) {
            List<Row> own = all.stream().filter(row -> row.user().equals(t.user())).toList();
            List<Row> trained = own.stream().filter(row -> t.workflows().contains(row.workflow())).toList();
            LocalDate day0 = t.day();
            List<Row> weeks3To6 = trained.stream().filter(row -> row.within(day0.plusDays(15), day0.plusDays(42)))
                    .toList();
            return new Assessment(t,
                    (int) trained.stream().filter(row -> row.within(day0.plusDays(29), day0.plusDays(42))).count(),
                    (int) weeks3To6.stream().filter(Row::accepted).count(), weeks3To6.size(),
                    (int) own.stream().filter(row -> row.within(day0.plusDays(1), day0.plusDays(42))
                            && !t.workflows().contains(row.workflow())).map(Row::workflow).distinct().count());
        }

        boolean frequencyOk() {
            return runsWeeks5To6 / 2.0 >= 3;
        }

        /** Null with fewer than 5 runs in weeks 3–6: not enough to judge, never a "no". */
        Boolean qualityOk() {
            return runs3To6 < 5 ? null : accepted3To6 * 100 >= training.targetPercent() * runs3To6;
        }

        boolean expansionOk() {
            return outside > 0;
        }

        /** The one verdict (the first "no"), then the other "no" answers shown as "also". */
        List<String> verdicts() {
            List<String> keys = new ArrayList<>();
            if (!frequencyOk()) {
                keys.add(Verdict.REVERTED.key);
            }
            if (Boolean.FALSE.equals(qualityOk())) {
                keys.add(Verdict.QUALITY.key);
            }
            if (!expansionOk()) {
                keys.add(Verdict.STABLE.key);
            }
            return !keys.isEmpty() ? keys : qualityOk() == null ? List.of(Verdict.WORKING_QUALITY_NOT_JUDGED.key)
                    : List.of(Verdict.ADOPTION_WORKING.key);
        }

        JsonObject json() {
            JsonObject json = new JsonObject();
            json.addProperty("user_id", training.user());
            json.addProperty("frequency_ok", frequencyOk());
            json.addProperty("quality_ok", qualityOk());
            json.addProperty("expansion_ok", expansionOk());
            json.add("quality_ci", wilson(accepted3To6, runs3To6));
            json.addProperty("verdict", verdicts().get(0));
            JsonArray steps = new JsonArray();
            verdicts().forEach(key -> steps.add(Verdict.keyed(key).nextStep));
            json.add("next_steps", steps);
            return json;
        }

        /** Runs in weeks 5–6 over their two weeks: "no runs", "1 run a week", "2.5 runs a week". */
        String perWeek() {
            if (runsWeeks5To6 == 0) {
                return "no runs";
            }
            String figure = runsWeeks5To6 % 2 == 0 ? Integer.toString(runsWeeks5To6 / 2) : runsWeeks5To6 / 2 + ".5";
            return figure + (figure.equals("1") ? " run" : " runs") + " a week";
        }

        OwnerVerdict shownToOwner() {
            return new OwnerVerdict(new ShownVerdicts(training.user(), verdicts(), frequencyOk(), qualityOk(),
                    Shown.ranged(accepted3To6, runs3To6), expansionOk()), perWeek(), training.targetPercent(),
                    outside);
        }

        MemberSummary shownToMember() {
            String verdict = verdicts().get(0);
            return new MemberSummary(verdict.equals(Verdict.ADOPTION_WORKING.key) ? ":tada:" : ":compass:",
                    perWeek(), qualityOk() == null ? new Shown(null, 0, runs3To6)
                            : Shown.ranged(accepted3To6, runs3To6),
                    qualityOk() != null, outside, MemberSummary.CLOSINGS.get(verdict));
        }
    }

    // =================================================================================================================
    // What the messages show, read back from their text

    /** A rate as a message shows it: its percent and counts, its 95% range where it has one, or no rate ("—"). */
    record Shown(Integer percent, int accepted, int runs, Range range) {
        private static final Pattern FIGURE = Pattern.compile(
                "(\\d+)% \\((\\d+) of (\\d+)(?:, 95% range (\\d+)–(\\d+)%)?\\)");

        /** A figure shown without a range: the report's workflow and member rows. */
        Shown(Integer percent, int accepted, int runs) {
            this(percent, accepted, runs, null);
        }

        static Shown rate(int accepted, int runs) {
            return runs == 0 ? new Shown(null, 0, 0)
                    : new Shown((int) Math.round(100.0 * accepted / runs), accepted, runs);
        }

        /** The rate with its Wilson 95% range worked out here: how a six-week quality figure is shown. */
        static Shown ranged(int accepted, int runs) {
            return runs == 0 ? rate(0, 0) : rate(accepted, runs).with(Range.wilson(accepted, runs));
        }

        /** An assessment's quality figure from the JSON: its counts with the range its {@code quality_ci} gives. */
        static Shown quality(JsonObject assessment) {
            int runs = assessment.get("quality_runs").getAsInt();
            return rate(assessment.get("quality_accepted").getAsInt(), runs)
                    .with(Range.of(assessment.get("quality_ci")));
        }

        Shown with(Range range) {
            return new Shown(percent, accepted, runs, range);
        }

        /** From the JSON: a fraction of the runs, or null. */
        static Shown rate(JsonElement fraction, int runs) {
            return fraction.isJsonNull() ? new Shown(null, 0, 0)
                    : rate((int) Math.round(fraction.getAsDouble() * runs), runs);
        }

        /** "75% (9 of 12)", with or without a "too few" note after it; "—" or "no runs" when there is no rate. */
        static Shown parse(String text) {
            if (text.startsWith("—") || text.equals("no runs")) {
                return new Shown(null, 0, 0);
            }
            Matcher m = FIGURE.matcher(text);
            if (!m.lookingAt()) {
                throw new AssertionError("not a rate: " + text);
            }
            return new Shown(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? null : new Range(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
        }
    }

    /** A 95% range as shown, in whole percent: "95% range 40–89%". */
    record Range(int low, int high) {
        /** From Wilson's bounds worked out here, unrounded, as the messages round them. */
        static Range wilson(int accepted, int runs) {
            double[] bounds = wilsonBounds(accepted, runs);
            return new Range((int) Math.round(100 * bounds[0]), (int) Math.round(100 * bounds[1]));
        }

        /** From a JSON {@code [lo, hi]}, or none for null. */
        static Range of(JsonElement bounds) {
            if (bounds.isJsonNull()) {
                return null;
            }
            JsonArray array = bounds.getAsJsonArray();
            return new Range((int) Math.round(100 * array.get(0).getAsDouble()),
                    (int) Math.round(100 * array.get(1).getAsDouble()));
        }
    }

    /** A workflow's line: runs, rate, the top edit type and its fix, below threshold or not. */
    record ShownWorkflow(String name, int runs, Shown rate, String topEdit, boolean below) {
        private static final Pattern LINE = Pattern.compile(
                "• \\*(.+?)\\* — (\\d+) runs? · (.+?) · top edit: (.+?)( · :small_red_triangle_down: \\*below threshold\\* — 95% range .+)?");
        private static final Map<String, String> FIX = Map.of("tone", "voice guide", "scope", "workflow prompt",
                "format", "output template", "missing-info", "context pack", "wrong-info", "context pack");

        static ShownWorkflow parse(String line) {
            Matcher m = matching(LINE, line);
            return new ShownWorkflow(m.group(1), Integer.parseInt(m.group(2)), Shown.parse(m.group(3)), m.group(4),
                    m.group(5) != null);
        }

        /** The line the JSON row calls for; the top edit type is the most common, ties to the one listed first. */
        static ShownWorkflow of(JsonObject w) {
            int runs = w.get("runs").getAsInt();
            String top = null;
            int most = 0;
            for (Map.Entry<String, JsonElement> e : w.getAsJsonObject("edit_types").entrySet()) {
                if (e.getValue().getAsInt() > most) {
                    most = e.getValue().getAsInt();
                    top = e.getKey();
                }
            }
            return new ShownWorkflow(w.get("name").getAsString(), runs, Shown.rate(w.get("acceptance_rate"), runs),
                    top == null ? "none yet" : top.replace('-', ' ') + " → fix the " + FIX.get(top),
                    w.get("below_threshold").getAsBoolean());
        }
    }

    /** A member's line: runs, rate, workflows in 90 days, segment, at risk or not. */
    record ShownMember(String user, int runs, Shown rate, int workflows90d, String segment, boolean atRisk) {
        private static final Pattern LINE = Pattern.compile("• <@(\\w+)> — (\\d+) runs? · (.+?) · (\\d+) workflows? in"
                + " 90 days · (power user|narrow adopter|non-adopter)( · :warning: \\*at risk\\*)?");
        private static final Map<String, String> SEGMENTS = Map.of("power user", "power", "narrow adopter", "narrow",
                "non-adopter", "non");

        static ShownMember parse(String line) {
            Matcher m = matching(LINE, line);
            return new ShownMember(m.group(1), Integer.parseInt(m.group(2)), Shown.parse(m.group(3)),
                    Integer.parseInt(m.group(4)), SEGMENTS.get(m.group(5)), m.group(6) != null);
        }

        static ShownMember of(JsonObject m) {
            int runs = m.get("runs").getAsInt();
            return new ShownMember(m.get("user_id").getAsString(), runs, Shown.rate(m.get("acceptance_rate"), runs),
                    m.get("workflow_count_90d").getAsInt(), m.get("segment").getAsString(),
                    m.get("at_risk").getAsBoolean());
        }
    }

    /**
     * Whose assessment, its verdict then the "also" ones (keys), the three answers (null: not judged), and the quality
     * figure with its 95% range.
     */
    record ShownVerdicts(String user, List<String> verdicts, boolean frequencyOk, Boolean qualityOk, Shown quality,
            boolean expansionOk) {
        private static final Pattern REPORT_LINE = Pattern.compile("• <@(\\w+)>, trained [^:]+ on [a-z0-9, -]+:"
                + " \\*(.+?)(; quality not judged: [^*]+)?\\* — next: (.+)\n"
                + "\\s+(?:given [^·]+|not given yet) · target \\d+% · (:\\w+:) frequency [^·]+ · (:\\w+:)"
                + " quality (.+?)(, not enough runs to judge)? · (:\\w+:) expansion((?:\n\\s+also: .+)*)");
        private static final Pattern ALSO = Pattern.compile("also: (.+?) → (.+)");

        static ShownVerdicts of(JsonObject a) {
            List<String> verdicts = new ArrayList<>();
            a.getAsJsonArray("next_steps").forEach(step -> verdicts.add(Arrays.stream(Verdict.values())
                    .filter(v -> v.nextStep.equals(step.getAsString())).findFirst()
                    .orElseThrow(() -> new AssertionError("no verdict has the next step " + step)).key));
            assertThat(verdicts).as("the first next step is the verdict's").first()
                    .isEqualTo(a.get("verdict").getAsString());
            JsonElement quality = a.get("quality_ok");
            return new ShownVerdicts(a.get("user_id").getAsString(), verdicts, a.get("frequency_ok").getAsBoolean(),
                    quality.isJsonNull() ? null : quality.getAsBoolean(), Shown.quality(a),
                    a.get("expansion_ok").getAsBoolean());
        }

        /** A report's assessment line: the verdict with its step, the checks, then each "also" with its step. */
        static ShownVerdicts parseReportLine(String line) {
            Matcher m = matching(REPORT_LINE, line);
            List<String> verdicts = new ArrayList<>(List.of(Verdict.labelled(m.group(2)).key));
            assertThat(m.group(4)).isEqualTo(Verdict.keyed(verdicts.get(0)).nextStep);
            verdicts.addAll(also(m.group(10)));
            assertThat(m.group(3) != null).as("says quality was not judged").isEqualTo(ok(m.group(6)) == null);
            assertThat(m.group(8) != null).as("says not enough runs").isEqualTo(ok(m.group(6)) == null);
            return new ShownVerdicts(m.group(1), verdicts, ok(m.group(5)), ok(m.group(6)), Shown.parse(m.group(7)),
                    ok(m.group(9)));
        }

        /** "also: label → step" lines, each step its verdict's own. */
        static List<String> also(String lines) {
            List<String> keys = new ArrayList<>();
            Matcher m = ALSO.matcher(lines);
            while (m.find()) {
                Verdict verdict = Verdict.labelled(m.group(1));
                assertThat(m.group(2)).isEqualTo(verdict.nextStep);
                keys.add(verdict.key);
            }
            return keys;
        }

        static Boolean ok(String mark) {
            return switch (mark) {
                case ":white_check_mark:" -> true;
                case ":x:" -> false;
                case ":grey_question:" -> null;
                default -> throw new AssertionError("not a tick, a cross or a question mark: " + mark);
            };
        }
    }

    /** The owner's day-42 DM: the verdict, "also" and answers, and the figures behind them. */
    record OwnerVerdict(ShownVerdicts verdicts, String perWeek, int target, int outside) {
        String user() {
            return verdicts.user();
        }

        private static final Pattern TEXT = Pattern.compile(":bar_chart: \\*Six-week assessment for <@(\\w+)>\\*"
                + " \\(trained [0-9-]+\\): \\*(.+?)(; quality not judged: [^*]+)?\\*\n"
                + "(:\\w+:) Frequency: (.+?) in weeks 5–6 \\([A-Z][a-z]{2} [^)]+\\) \\(needs 3 a week\\)\n"
                + "(:\\w+:) Quality: (?:acceptance |not enough runs to judge — )(.+?) in weeks 3–6 \\([A-Z][a-z]{2} [^)]+\\)(?:, 5 needed)?"
                + " \\(target (\\d+)%\\)\n(:\\w+:) Expansion: (no|\\d+) workflows? beyond the training in weeks 1–6"
                + " \\([A-Z][a-z]{2} [^)]+\\)\n"
                + "\\*Next step\\*\n• (.+?)(\n\\*Also\\*(?:\n• .+)+)?", Pattern.DOTALL);

        static OwnerVerdict parse(String text) {
            Matcher m = TEXT.matcher(text);
            if (!m.matches()) {
                throw new AssertionError("not an owner's assessment DM: " + text);
            }
            List<String> verdicts = new ArrayList<>(List.of(Verdict.labelled(m.group(2)).key));
            assertThat(m.group(11)).isEqualTo(Verdict.keyed(verdicts.get(0)).nextStep);
            if (m.group(12) != null) {
                verdicts.addAll(ShownVerdicts.also(m.group(12).replace("\n• ", "\nalso: ")));
            }
            Boolean quality = ShownVerdicts.ok(m.group(6));
            assertThat(m.group(3) != null).as("says quality was not judged").isEqualTo(quality == null);
            return new OwnerVerdict(new ShownVerdicts(m.group(1), verdicts, ShownVerdicts.ok(m.group(4)), quality,
                    Shown.parse(m.group(7)), ShownVerdicts.ok(m.group(9))), m.group(5), Integer.parseInt(m.group(8)),
                    m.group(10).equals("no") ? 0 : Integer.parseInt(m.group(10)));
        }
    }

    /** The member's day-42 DM: its opening, runs a week, quality (judged or not), other workflows, its closing. */
    record MemberSummary(String opening, String perWeek, Shown quality, boolean qualityJudged, int outside,
            String closing) {
        /** The closing sentence's telling words, by verdict key. */
        static final Map<String, String> CLOSINGS = Map.of(
                "adoption-working", "plan the next workflows", "working-quality-not-judged", "log every run",
                "reverted", "Every run counts", "quality-bar-not-met", "heavy edits",
                "stable-not-deepening", "more of your work");
        private static final Pattern TEXT = Pattern.compile("(:\\w+:) \\*Six weeks since your AI training[^*]*\\*\n"
                + "(?:You logged (no runs) of your trained workflows in weeks 5–6 \\([A-Z][a-z]{2} [^)]+\\)\\.|In weeks 5–6 \\([A-Z][a-z]{2} [^)]+\\) you logged"
                + " ([\\d.]+ runs? a week) of your trained workflows\\.) (?:In weeks 3–6 \\([A-Z][a-z]{2} [^)]+\\), (.+?) of your outputs were"
                + " usable as-is or with light edits\\.|With (no runs|\\d+ runs?) logged in weeks 3–6 \\([A-Z][a-z]{2} [^)]+\\), it is too"
                + " early to judge their quality \\(5 are needed\\)\\.) (?:You have not tried a workflow beyond the training"
                + " yet\\.|You tried (\\d+) workflows? beyond the training\\.) (.+)", Pattern.DOTALL);

        static MemberSummary parse(String text) {
            Matcher m = TEXT.matcher(text);
            if (!m.matches()) {
                throw new AssertionError("not a member's six-week summary: " + text);
            }
            String closing = CLOSINGS.values().stream().filter(m.group(7)::contains).findFirst()
                    .orElseThrow(() -> new AssertionError("no known closing in: " + m.group(7)));
            // Not judged, the summary gives only how many runs there were.
            Shown quality = m.group(4) != null ? Shown.parse(m.group(4))
                    : new Shown(null, 0, m.group(5).equals("no runs") ? 0 : Integer.parseInt(m.group(5).split(" ")[0]));
            return new MemberSummary(m.group(1), m.group(2) != null ? m.group(2) : m.group(3), quality,
                    m.group(4) != null, m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), closing);
        }
    }

    /** A report message's sections as text, and what they show. */
    static final class Rendered {
        final List<String> sections;

        private Rendered(List<String> sections) {
            this.sections = sections;
        }

        static Rendered ofBlocks(JsonArray blocks) {
            List<String> sections = new ArrayList<>();
            blocks.forEach(b -> {
                JsonObject block = b.getAsJsonObject();
                if (block.has("text")) {
                    sections.add(block.getAsJsonObject("text").get("text").getAsString());
                }
            });
            return new Rendered(sections);
        }

        String windowLine() {
            return sections.get(0).lines().findFirst().orElseThrow();
        }

        String headline() {
            return sections.get(0).lines().skip(1).collect(Collectors.joining("\n"));
        }

        Map<String, ShownWorkflow> workflows() {
            return lines("*Workflows*").stream().map(ShownWorkflow::parse)
                    .collect(uniquely(ShownWorkflow::name));
        }

        Map<String, ShownMember> members() {
            return lines("*Members*").stream().map(ShownMember::parse).collect(uniquely(ShownMember::user));
        }

        Map<String, Integer> segments() {
            Map<String, Integer> counts = new TreeMap<>();
            Matcher m = Pattern.compile("• (power user|narrow adopter|non-adopter)s: (\\d+)").matcher(section("*Segments*"));
            while (m.find()) {
                counts.put(ShownMember.SEGMENTS.get(m.group(1)), Integer.parseInt(m.group(2)));
            }
            return counts;
        }

        Map<String, ShownVerdicts> assessments() {
            String text = section("*Six-week assessments due*");
            List<String> items = Arrays.stream(text.split("\n(?=• )")).skip(1).toList();
            return items.stream().map(ShownVerdicts::parseReportLine).collect(uniquely(ShownVerdicts::user));
        }

        private String section(String title) {
            return sections.stream().filter(s -> s.startsWith(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("no section " + title + " in " + sections));
        }

        private List<String> lines(String title) {
            List<String> lines = section(title).lines().skip(1).toList();
            assertThat(lines).as("every row is shown").noneMatch(line -> line.startsWith("…and"));
            return lines;
        }
    }

    // =================================================================================================================
    // Small helpers

    private static <T> Collector<T, ?, Map<String, T>> uniquely(Function<T, String> key) {
        return Collectors.toMap(key, t -> t, (a, b) -> {
            throw new AssertionError("shown twice: " + a + " and " + b);
        }, TreeMap::new);
    }

    private static Matcher matching(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            throw new AssertionError("'" + text + "' does not read as " + pattern);
        }
        return m;
    }

    /** The headline in SPEC §7's form, from the JSON's figures. */
    private static String headline(JsonObject report) {
        int runs = report.get("runs").getAsInt();
        Shown rate = Shown.rate(report.get("acceptance_rate"), runs);
        int below = 0;
        for (JsonElement w : report.getAsJsonArray("workflows")) {
            below += w.getAsJsonObject().get("below_threshold").getAsBoolean() ? 1 : 0;
        }
        return counted(report.get("members_active").getAsInt(), "team member") + " ran "
                + counted(runs, "workflow session") + " " + windowOf(report).phrase() + "; blended acceptance rate "
                + (rate.percent() == null ? "—" : rate.percent() + "%") + "; " + counted(below, "workflow")
                + " below threshold under review.";
    }

    private static ReportWindow windowOf(JsonObject report) {
        JsonObject window = report.getAsJsonObject("window");
        return new ReportWindow(LocalDate.parse(window.get("from").getAsString()),
                LocalDate.parse(window.get("to").getAsString()));
    }

    private static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String shownDay(JsonElement isoDate) {
        return DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)
                .format(LocalDate.parse(isoDate.getAsString()));
    }

    /** Wilson's 95% score interval, worked out here from its textbook formula, to four decimals; null without runs. */
    private static JsonElement wilson(int accepted, int runs) {
        if (runs == 0) {
            return JsonNull.INSTANCE;
        }
        double[] bounds = wilsonBounds(accepted, runs);
        JsonArray rounded = new JsonArray();
        rounded.add(Math.round(bounds[0] * 10000) / 10000.0);
        rounded.add(Math.round(bounds[1] * 10000) / 10000.0);
        return rounded;
    }

    /** Wilson's 95% score interval from its textbook formula, unrounded: {lo, hi}; for runs > 0. */
    private static double[] wilsonBounds(int accepted, int runs) {
        double z = 1.959963984540054;
        double p = (double) accepted / runs;
        double centre = (p + z * z / (2.0 * runs)) / (1 + z * z / runs);
        double half = z / (1 + z * z / runs) * Math.sqrt(p * (1 - p) / runs + z * z / (4.0 * runs * runs));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static JsonElement rate(int accepted, int runs) {
        return runs == 0 ? JsonNull.INSTANCE : new JsonPrimitive((double) accepted / runs);
    }

    private static Map<String, JsonObject> byKey(JsonArray rows, String field) {
        Map<String, JsonObject> map = new TreeMap<>();
        rows.forEach(row -> assertThat(map.put(row.getAsJsonObject().get(field).getAsString(), row.getAsJsonObject()))
                .as("two rows for " + row).isNull());
        return map;
    }

    private static List<Row> sortedRows(Collection<Row> rows) {
        return rows.stream().sorted(Comparator.comparing(Row::toString)).toList();
    }

    /** The pretty-printed JSON among what the process printed (its log lines go to the same stream). */
    private static String jsonPrinted(List<String> output) {
        int first = output.indexOf("{");
        int last = output.lastIndexOf("}");
        assertThat(first).as("a JSON object in " + output).isNotNegative().isLessThan(last);
        return String.join("\n", output.subList(first, last + 1));
    }
}
