package ailog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ailog.cli.CsvImport;
import ailog.domain.Run;
import ailog.testing.FakeSlack;
import ailog.testing.RunningBot;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Six weeks of a cohort replayed as it happens: four trainees from UTC−8 to UTC+13 and one member who is not
 * enrolled log runs by command, by button and by import, some of them on check-in and report days after the message
 * that covered their days went out, while the scheduler ticks every hour. Every run is then found in exactly one
 * check-in and exactly one weekly report, the late ones in the next message of the kind, and every message names
 * its days.
 */
class SixWeekCohortEndToEndTest {
    private static final LocalDate TRAINED = LocalDate.parse("2026-11-27");
    private static final Instant FIRST = Instant.parse("2026-11-27T18:00:00Z");
    private static final Instant LAST = Instant.parse("2027-01-12T23:00:00Z");
    private static final Map<String, ZoneId> TRAINEES = Map.of(
            "U0LOSANG1", ZoneId.of("America/Los_Angeles"),
            "U0NEWYORK", ZoneId.of("America/New_York"),
            "U0BERLIN1", ZoneId.of("Europe/Berlin"),
            "U0AUCKLND", ZoneId.of("Pacific/Auckland"));
    private static final String LONER = "U0NOTENRL";
    private static final ZoneId OWNER_ZONE = ZoneId.of("Europe/Berlin");
    /** A window's label: "Sat 28 Nov – Fri 4 Dec", with years when it spans two. */
    private static final String DAYS = "(\\w{3} \\d{1,2} \\w{3}(?: \\d{4})? – \\w{3} \\d{1,2} \\w{3}(?: \\d{4})?)";
    private static final Pattern CHECKIN = Pattern.compile(
            "^Week (\\d) check-in \\(" + DAYS + "\\): (?:(\\d+) runs?|what is in the way\\?)$");
    private static final Pattern LATE = Pattern.compile("\\+ (\\d+) runs? logged late \\(dated ");
    private static final Pattern HEADLINE = Pattern.compile(
            "^\\d+ team members? ran (\\d+) workflow sessions? in the 7 days " + DAYS + ";");

    private static RunningBot bot;
    private static final List<Received> received = new ArrayList<>();
    private static int lateLogsAfterACheckIn;
    private static int lateLogsAfterAReport;

    /** One DM and the instant of the tick that sent it. */
    record Received(Instant at, FakeSlack.Call dm) {
        String text() {
            return dm.get("text");
        }

        String channel() {
            return dm.get("channel");
        }

        int late() {
            Matcher late = LATE.matcher(dm.get("blocks"));
            return late.find() ? Integer.parseInt(late.group(1)) : 0;
        }
    }

    @BeforeAll
    static void replayTheSixWeeks() throws IOException {
        bot = RunningBot.start(Map.of("AILOG_TIMEZONE", "UTC"));
        bot.slack().setUserZone(RunningBot.OWNER, OWNER_ZONE.getId());
        TRAINEES.forEach((user, zone) -> bot.slack().setUserZone(user, zone.getId()));
        bot.slack().setUserZone(LONER, "UTC");
        bot.addWorkflow("proposal", "Client proposal");
        bot.addWorkflow("status-update", "Status update");
        bot.addWorkflow("support-reply", "Support reply");
        bot.clock().set(FIRST);
        for (String user : TRAINEES.keySet()) {
            assertThat(bot.requests().slashCommand(RunningBot.OWNER, "enroll <@" + user + "|" + user.toLowerCase()
                    + "> workflows=proposal,status-update trained=" + TRAINED).body()).contains("Enrolled");
        }
        Random random = new Random(20261127L);
        int delivered = 0;
        for (Instant hour = FIRST; !hour.isAfter(LAST); hour = hour.plus(Duration.ofHours(1))) {
            logWhatHappensInTheHour(hour, random);
            bot.tick(hour);
            List<FakeSlack.Call> dms = bot.slack().delivered("chat.postMessage");
            for (FakeSlack.Call dm : dms.subList(delivered, dms.size())) {
                received.add(new Received(hour, dm));
            }
            delivered = dms.size();
            logLateRightAfterAMessage(hour, random);
        }
    }

    /** Everyone logs now and then in their working hours; the owner's team imports a sheet on Wednesdays. */
    private static void logWhatHappensInTheHour(Instant hour, Random random) throws IOException {
        bot.clock().set(hour.plus(Duration.ofMinutes(20)));
        for (Map.Entry<String, ZoneId> member : TRAINEES.entrySet()) {
            int localHour = LocalDateTime.ofInstant(hour, member.getValue()).getHour();
            if (localHour >= 9 && localHour <= 18 && random.nextInt(10) == 0) {
                logOne(member.getKey(), random);
            }
        }
        if (LocalDateTime.ofInstant(hour, ZoneId.of("UTC")).getHour() == 12 && random.nextInt(3) == 0) {
            logOne(LONER, random);
        }
        LocalDateTime berlin = LocalDateTime.ofInstant(hour, OWNER_ZONE);
        if (berlin.getDayOfWeek() == java.time.DayOfWeek.WEDNESDAY && berlin.getHour() == 15) {
            importSheet(berlin.toLocalDate().minusDays(2), random);
        }
    }

    /** A check-in or weekly report just went out: someone logs a run for the days it covered, a little late. */
    private static void logLateRightAfterAMessage(Instant hour, Random random) throws IOException {
        bot.clock().set(hour.plus(Duration.ofMinutes(40)));
        for (Received r : received) {
            if (!r.at().equals(hour)) {
                continue;
            }
            if (r.text().startsWith("Week ") && random.nextInt(2) == 0) {
                // on day 8, 15 … a member logs yesterday's run: dated in the week the check-in just covered
                assertThat(reply(r.channel(), "proposal light-edit tone yesterday")).contains("Logged");
                lateLogsAfterACheckIn++;
            } else if (r.channel().equals(RunningBot.OWNER) && HEADLINE.matcher(r.text()).find()) {
                // on Monday after the report, a Sunday run arrives by command and another by import
                assertThat(reply(LONER, "status-update as-is yesterday")).contains("Logged");
                importSheet(LocalDate.ofInstant(hour, OWNER_ZONE).minusDays(1), random);
                lateLogsAfterAReport += 2;
            }
        }
    }

    private static void logOne(String user, Random random) {
        switch (random.nextInt(3)) {
            case 0 -> assertThat(reply(user, "proposal as-is")).contains("Logged");
            case 1 -> assertThat(reply(user, "status-update heavy-edit missing-info")).contains("Logged");
            default -> pressAsIs(user);
        }
    }

    private static String reply(String user, String text) {
        return bot.requests().slashCommand(user, text).body();
    }

    /** The quick-log card, then its first "As is" button: a run logged with one press. */
    private static void pressAsIs(String user) {
        int before = bot.storedRunsOf(user).size();
        JsonObject card = bot.requests().slashCommand(user, "").json();
        String value = LoggingEndToEndTest.buttonValue(card, "quicklog_outcome_as-is");
        assertThat(bot.requests().blockAction(user, "quicklog_outcome_as-is", value, bot.slack().newResponseUrl())
                .status()).isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (bot.storedRunsOf(user).size() == before && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(bot.storedRunsOf(user)).hasSize(before + 1);
    }

    /** A sheet of one run by the member not enrolled, dated {@code day}, through the real import. */
    private static void importSheet(LocalDate day, Random random) throws IOException {
        Path sheet = Files.createTempFile("cohort", ".csv");
        Files.writeString(sheet, "date,user,workflow,outcome,edit_type,notes\n" + day + "," + LONER
                + ",support-reply," + (random.nextBoolean() ? "as-is," : "not-used,wrong-info") + ",from the sheet\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = new CsvImport(bot.bot().services().runs(), bot.bot().services().workflows(), bot.clock(), print,
                print).run(List.of(sheet.toString()));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    private static List<Received> checkInsOf(String user) {
        return received.stream().filter(r -> r.channel().equals(user) && r.text().startsWith("Week ")).toList();
    }

    private static List<Received> weeklyReports() {
        return received.stream()
                .filter(r -> r.channel().equals(RunningBot.OWNER) && HEADLINE.matcher(r.text()).find())
                .toList();
    }

    @Test
    void theReplayLoggedLateRunsAfterCheckInsAndReportsByEveryRoute() {
        assertThat(lateLogsAfterACheckIn).isGreaterThanOrEqualTo(3);
        assertThat(lateLogsAfterAReport).isGreaterThanOrEqualTo(8);
        assertThat(bot.storedRuns()).extracting(Run::source).extracting(Enum::name)
                .contains("COMMAND", "BUTTON", "IMPORT");
    }

    @Test
    void eachTraineeGetsFourCheckInsOnTheMorningAfterEachWeekEachNamingItsDays() {
        for (Map.Entry<String, ZoneId> trainee : TRAINEES.entrySet()) {
            List<Received> checkIns = checkInsOf(trainee.getKey());
            assertThat(checkIns).as(trainee.getKey()).hasSize(4);
            for (int week = 1; week <= 4; week++) {
                Received checkIn = checkIns.get(week - 1);
                Matcher m = CHECKIN.matcher(checkIn.text());
                assertThat(m.matches()).as(checkIn.text()).isTrue();
                assertThat(m.group(1)).isEqualTo(Integer.toString(week));
                LocalDate first = TRAINED.plusDays(7L * (week - 1) + 1);
                assertThat(m.group(2)).isEqualTo(new ailog.domain.metrics.ReportWindow(first, first.plusDays(6))
                        .label());
                LocalDateTime local = LocalDateTime.ofInstant(checkIn.at(), trainee.getValue());
                assertThat(local.toLocalDate()).isEqualTo(TRAINED.plusDays(7L * week + 1));
                assertThat(local.getHour()).isEqualTo(10);
            }
        }
    }

    @Test
    void everyRunDatedInWeeksOneToFourIsCountedInExactlyOneCheckIn() {
        for (Map.Entry<String, ZoneId> trainee : TRAINEES.entrySet()) {
            String user = trainee.getKey();
            List<Received> checkIns = checkInsOf(user);
            List<Run> runs = bot.storedRunsOf(user);
            Instant lastCheckIn = checkIns.get(3).at();
            long expected = runs.stream()
                    .filter(r -> !r.runDate().isBefore(TRAINED.plusDays(1)) && !r.runDate().isAfter(TRAINED.plusDays(28)))
                    .filter(r -> !r.loggedAt().isAfter(lastCheckIn))
                    .count();
            int shown = 0;
            Instant previous = null;
            for (int week = 1; week <= 4; week++) {
                Received checkIn = checkIns.get(week - 1);
                Matcher m = CHECKIN.matcher(checkIn.text());
                assertThat(m.matches()).isTrue();
                int onTime = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                LocalDate first = TRAINED.plusDays(7L * (week - 1) + 1);
                Instant sentAt = checkIn.at();
                assertThat(onTime).as(user + " week " + week).isEqualTo(runs.stream()
                        .filter(r -> !r.runDate().isBefore(first) && !r.runDate().isAfter(first.plusDays(6)))
                        .filter(r -> !r.loggedAt().isAfter(sentAt))
                        .count());
                Instant since = previous;
                assertThat(checkIn.late()).as(user + " late in week " + week).isEqualTo(since == null ? 0
                        : runs.stream()
                                .filter(r -> !r.runDate().isBefore(TRAINED.plusDays(1)) && r.runDate().isBefore(first))
                                .filter(r -> r.loggedAt().isAfter(since) && !r.loggedAt().isAfter(sentAt))
                                .count());
                shown += onTime + checkIn.late();
                previous = sentAt;
            }
            assertThat(shown).as(user).isEqualTo(expected);
        }
        assertThat(TRAINEES.keySet().stream().flatMap(u -> checkInsOf(u).stream()).mapToInt(Received::late).sum())
                .as("late runs announced in check-ins").isPositive();
    }

    @Test
    void everyRunIsCountedInExactlyOneWeeklyReportTheLateOnesInTheNext() {
        List<Received> reports = weeklyReports();
        assertThat(reports).as("Mondays from 30 Nov to 11 Jan").hasSize(7);
        Map<LocalDate, Integer> reportedDays = new TreeMap<>();
        int shown = 0;
        for (Received report : reports) {
            Matcher m = HEADLINE.matcher(report.text());
            assertThat(m.find()).isTrue();
            LocalDateTime local = LocalDateTime.ofInstant(report.at(), OWNER_ZONE);
            assertThat(local.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(local.getHour()).isEqualTo(9);
            LocalDate from = local.toLocalDate().minusDays(7);
            assertThat(m.group(2)).isEqualTo(new ailog.domain.metrics.ReportWindow(from, from.plusDays(6)).label());
            reportedDays.put(from, 7);
            shown += Integer.parseInt(m.group(1)) + report.late();
        }
        LocalDate firstDay = reportedDays.keySet().iterator().next();
        LocalDate lastDay = LocalDateTime.ofInstant(reports.get(reports.size() - 1).at(), OWNER_ZONE).toLocalDate()
                .minusDays(1);
        Instant lastReport = reports.get(reports.size() - 1).at();
        long expected = bot.storedRuns().stream()
                .filter(r -> !r.runDate().isBefore(firstDay) && !r.runDate().isAfter(lastDay))
                .filter(r -> !r.loggedAt().isAfter(lastReport))
                .count();
        assertThat(shown).isEqualTo(expected);
        assertThat(reports.stream().skip(1)).allSatisfy(r -> assertThat(r.late()).as(r.text()).isPositive());
    }

    @Test
    void aCheckInForAWeekWithoutRunsStillNamesItsDaysAndNoMessageSaysThisWeekWithoutDates() {
        for (Received r : received) {
            String blocks = r.dm().get("blocks");
            assertThat(blocks).as(r.text()).doesNotContainPattern(WindowLabelsEndToEndTest.THIS_WEEK_WITHOUT_DATES);
        }
        assertThat(bot.slack().violations()).isEmpty();
        assertThat(received.stream().map(Received::channel).distinct()).contains(RunningBot.OWNER);
        assertThat(received).extracting(Received::text).noneMatch(t -> t.contains("0.0"));
    }
}
