package ailog.cli;

import ailog.app.report.BuildReport;
import ailog.domain.metrics.BeforeAfter;
import ailog.domain.metrics.WeeklyTrend;
import java.time.LocalDate;
import ailog.app.report.ReportDays;
import ailog.app.report.ReportText;
import ailog.domain.metrics.TeamReport;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The {@code report [--days N] [--at ISO-INSTANT] [--json]} command: the report of SPEC §7 as text or JSON. */
public final class ReportCommand {
    private static final int CHANGE_WEEKS = 8;
    private static final String USAGE = "usage: ailog report [--days N] [--at ISO-INSTANT] [--json]";

    private final BuildReport buildReport;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final ChangesInView changes;

    /** The changes to the foundations a report shows: those made in the 8 weeks up to its last day. */
    @FunctionalInterface
    public interface ChangesInView {
        List<BeforeAfter> madeBetween(LocalDate from, LocalDate to);
    }

    public ReportCommand(BuildReport buildReport, PrintStream out, PrintStream err, Clock clock) {
        this(buildReport, out, err, clock, (from, to) -> List.of());
    }

    public ReportCommand(BuildReport buildReport, PrintStream out, PrintStream err, Clock clock,
            ChangesInView changes) {
        this.buildReport = buildReport;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.changes = changes;
    }

    /** {@code args}: the words after {@code report}. Returns 0 when written, 2 on bad usage (one line on err). */
    public int run(List<String> args) {
        Options options;
        try {
            options = Options.parse(args, clock.instant());
        } catch (IllegalArgumentException e) {
            err.println("ailog report: " + e.getMessage() + "; " + USAGE);
            return 2;
        }
        TeamReport report = buildReport.report(options.days(), options.at());
        LocalDate last = report.window().to();
        out.println(options.json()
                ? ReportJson.of(report, changes.madeBetween(WeeklyTrend.start(last, CHANGE_WEEKS), last))
                : ReportText.of(report));
        out.flush();
        return 0;
    }

    /** The parsed arguments; each option at most once. */
    private record Options(int days, Instant at, boolean json) {
        static Options parse(List<String> args, Instant now) {
            Integer days = null;
            Instant at = null;
            boolean json = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                boolean last = i + 1 == args.size();
                if (arg.equals("--days") && days == null && !last) {
                    days = ReportDays.parse(args.get(++i)).value();
                } else if (arg.equals("--at") && at == null && !last) {
                    at = instant(args.get(++i));
                } else if (arg.equals("--json") && !json) {
                    json = true;
                } else {
                    throw new IllegalArgumentException(last && !arg.equals("--json") && arg.startsWith("--")
                            ? arg + " needs a value" : "unexpected '" + arg + "'");
                }
            }
            return new Options(days == null ? ReportDays.WEEK.value() : days, at == null ? now : at, json);
        }

        private static Instant instant(String typed) {
            try {
                return Instant.parse(typed);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--at needs an instant such as 2026-03-30T09:00:00Z, not '"
                        + typed + "'");
            }
        }
    }
}
