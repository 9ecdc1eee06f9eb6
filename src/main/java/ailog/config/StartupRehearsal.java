package ailog.config;

import ailog.app.LogRun;
import ailog.app.MemberClock;
import ailog.app.MemberZones;
import ailog.app.Runs;
import ailog.app.WorkflowLookup;
import ailog.app.Workflows;
import ailog.domain.NewRun;
import ailog.domain.Run;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.AcceptanceRate;
import ailog.domain.metrics.DatedRunCount;
import ailog.domain.metrics.DayTotal;
import ailog.domain.metrics.LoggedBetween;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.RunCount;
import ailog.slack.LoopbackRehearsal;
import ailog.slack.SlackMemberZones;
import ailog.slack.commands.AilogCommand;
import ailog.slack.commands.LogCommandParser;
import ailog.slack.commands.LogRunCommand;
import ailog.slack.commands.ReplyInTime;
import ailog.slack.views.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the bot opens its port, it logs a few thousand runs to itself: signed {@code /ailog} commands over HTTP on
 * 127.0.0.1, through the same Jetty handler, signature check, Bolt parsing, log command, log use case, week query
 * and reply as a member's log. A JVM runs new code slowly at first (loading classes, interpreting, compiling), so
 * without this a member's first logs after each start paid for it; now the start does.
 *
 * <p>Nothing is stored and nothing reaches Slack: the rehearsal's runs go to a store that keeps nothing, its workflow
 * is one of its own (the catalog is read, never added to), its members' time zones come from a stand-in for
 * {@code users.info} on the same loopback port, and its app has no token. It reads the database the way a log reply
 * does (the rehearsal members' weeks and enrollments, which do not exist), and that is all it does to it.
 */
final class StartupRehearsal {
    private static final Logger log = LoggerFactory.getLogger(StartupRehearsal.class);
    /** Enough for the JIT to compile the log path. */
    static final int LOGS = 2_000;
    private static final int CLIENTS = 16;
    /** A slow or busy machine serves sooner, less rehearsed, rather than later. */
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final String COMMAND = "/ailog";
    /** Not Slack user ids (those have no dash): no real member's numbers are ever read in their place. */
    static final String MEMBER = "U-REHEARSAL";
    /** As many members as a team, each one's first log looking up their zone, as after a real start. */
    private static final int MEMBERS = 200;
    private static final String TOKEN = "xoxb-rehearsal";
    private static final Workflow WORKFLOW = new Workflow(new WorkflowKey("rehearsal"), "Rehearsal", MEMBER);
    /** What members type, the common forms: outcome alone, with an edit type, a day, notes. */
    private static final List<String> TEXTS = List.of(
            "rehearsal light-edit tone tightened the intro",
            "rehearsal as-is",
            "rehearsal heavy-edit scope yesterday went too wide",
            "rehearsal light-edit format",
            "Rehearsal not-used missing-info no prices in the context pack");

    private StartupRehearsal() {}

    /** Rehearses, and says how it went in the log; a rehearsal that fails is reported and the bot serves anyway. */
    static void run(Services services, Workers workers, Settings settings, Clock clock) {
        try (LoopbackRehearsal stage = LoopbackRehearsal.open()) {
            // the members' zones are looked up as a member's first log looks them up, from the stage's stand-in
            MemberZones zones = new SlackMemberZones(stage.slack().methods(TOKEN), settings.defaultZone(), clock,
                    workers.lookups());
            stage.command(COMMAND, command(services, workers, zones, clock));
            LoopbackRehearsal.Result result = stage.run(COMMAND, i -> MEMBER + "-" + (i % MEMBERS),
                    i -> TEXTS.get(i % TEXTS.size()), LOGS, CLIENTS, LIMIT,
                    answer -> answer.startsWith("HTTP/1.1 200") && answer.contains("Logged "));
            if (result.answered() == result.sent()) {
                log.info("rehearsed {} logs in {} s before serving, so the first real ones run on compiled code;"
                        + " nothing was stored or sent to Slack", result.sent(), seconds(result.took()));
            } else {
                log.warn("start-up rehearsal: {} of {} logs were not answered as logged (nothing was stored or sent"
                        + " to Slack); serving anyway", result.sent() - result.answered(), result.sent());
            }
        } catch (Exception e) {
            log.warn("start-up rehearsal failed ({}); serving anyway, the first logs may be slower", e.toString());
        }
    }

    /** The {@code /ailog} handler, built from the bot's own classes, with the ports that would write swapped. */
    static AilogCommand command(Services services, Workers workers, MemberZones zones, Clock clock) {
        Workflows workflows = new RehearsalCatalog(services.workflows());
        LogRun logRun = new LogRun(new KeepNothing(), workflows, services.weekProgress(), new MemberClock(zones, clock),
                services.workflowAdded());
        return new AilogCommand(Map.of(), invocation -> Reply.of("rehearsal"),
                new LogRunCommand(new LogCommandParser(), new WorkflowLookup(workflows), logRun,
                        () -> UUID.randomUUID().toString(), new ReplyInTime(workers.logWrites(), ReplyInTime.BUDGET)));
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0);
    }

    /**
     * The bot's catalog as a log reads it, with the rehearsal's own workflow in front (found first, so no workflow of
     * the team's is ever logged to); nothing can be added.
     */
    private static final class RehearsalCatalog implements Workflows {
        private final Workflows catalog;

        RehearsalCatalog(Workflows catalog) {
            this.catalog = catalog;
        }

        @Override
        public List<Workflow> all() {
            List<Workflow> all = new ArrayList<>(List.of(WORKFLOW));
            all.addAll(catalog.all());
            return all;
        }

        @Override
        public Optional<Workflow> find(String word) {
            return word.equalsIgnoreCase(WORKFLOW.key().value()) ? Optional.of(WORKFLOW) : Optional.empty();
        }

        @Override
        public boolean add(Workflow workflow) {
            return false;
        }
    }

    /**
     * Takes a run and keeps nothing, answering as the database would (a new id each time); the rehearsal's log use
     * case needs nothing else from it.
     */
    private static final class KeepNothing implements Runs {
        private final AtomicLong ids = new AtomicLong();

        @Override
        public Optional<Run> saveOnce(NewRun run) {
            return Optional.of(new Run(ids.incrementAndGet(), run.userId(), run.workflow(), run.outcome(),
                    run.editType(), run.runDate(), run.notes(), run.loggedAt(), run.source()));
        }

        @Override
        public void saveAll(Feed feed) {
            throw unused();
        }

        @Override
        public Optional<Run> find(long id) {
            throw unused();
        }

        @Override
        public List<Run> ofMemberBetween(String userId, LocalDate from, LocalDate to) {
            throw unused();
        }

        @Override
        public List<Run> ofWorkflowBetween(WorkflowKey workflow, LocalDate from, LocalDate to) {
            throw unused();
        }

        @Override
        public AcceptanceRate acceptanceOfMemberBetween(String userId, LocalDate from, LocalDate to) {
            throw unused();
        }

        @Override
        public List<RunCount> countsOfMember(String userId, ReportWindow dates, LoggedBetween logged) {
            throw unused();
        }

        @Override
        public List<DayTotal> dayTotalsLogged(Optional<String> userId, ReportWindow dates, LoggedBetween logged) {
            throw unused();
        }

        @Override
        public List<DatedRunCount> dailyCountsOfMemberBetween(String userId, LocalDate from, LocalDate to) {
            throw unused();
        }

        @Override
        public List<DayTotal> dailyTotals(LocalDate from, LocalDate to) {
            throw unused();
        }

        @Override
        public int membersWithRunsBetween(Collection<String> userIds, LocalDate from, LocalDate to) {
            throw unused();
        }

        @Override
        public Optional<Run> latestLoggedSince(String userId, Instant since) {
            throw unused();
        }

        @Override
        public List<WorkflowKey> recentWorkflows(String userId, int limit) {
            throw unused();
        }

        @Override
        public boolean delete(long id) {
            throw unused();
        }

        @Override
        public void forEach(Consumer<Run> action) {
            throw unused();
        }

        private static UnsupportedOperationException unused() {
            return new UnsupportedOperationException("the start-up rehearsal only logs");
        }
    }
}
