package ailog.app.outbox;

import ailog.app.Enrollments;
import ailog.app.Runs;
import ailog.app.Workflows;
import ailog.domain.Enrollment;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.RunTally;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns an outbox entry into the message to send now, from the data as it is now, or says to skip it. */
public final class ComposeMessage implements Composer {
    /** A nudge on day 4 that could only go out days later would be noise next to the check-in. */
    private static final Duration NUDGE_USEFUL_FOR = Duration.ofDays(1);

    private final Enrollments enrollments;
    private final Runs runs;
    private final Workflows workflows;
    private final Composer notices;

    public ComposeMessage(Enrollments enrollments, Runs runs, Workflows workflows, Composer notices) {
        this.enrollments = enrollments;
        this.runs = runs;
        this.workflows = workflows;
        this.notices = notices;
    }

    @Override
    public Composition compose(OutboxEntry entry, Instant now) {
        return switch (entry.kind()) {
            case CHECKIN -> weekly(entry, now, true);
            case NUDGE -> weekly(entry, now, false);
            default -> notices.compose(entry, now);
        };
    }

    private Composition weekly(OutboxEntry entry, Instant now, boolean checkIn) {
        String[] subject = entry.subject().split(":");
        Optional<Enrollment> found = enrollments.find(Long.parseLong(subject[0]));
        if (found.isEmpty()) {
            return new Composition.Skip("the enrollment is gone");
        }
        Enrollment enrollment = found.get();
        int week = Integer.parseInt(subject[1]);
        LocalDate today = LocalDate.ofInstant(now, enrollment.zone());
        if (enrollment.pausedOn(today)) {
            return new Composition.Skip("paused until " + enrollment.pausedUntil().orElseThrow());
        }
        RunTally tally = RunTally.ofCounts(runs.countsOfMemberBetween(enrollment.userId(), enrollment.firstDayOfWeek(week),
                enrollment.lastDayOfWeek(week)));
        if (!checkIn) {
            if (now.isAfter(entry.dueAt().plus(NUDGE_USEFUL_FOR))) {
                return new Composition.Skip("too late for a nudge");
            }
            return tally.runs() > 0 ? new Composition.Skip("already logged a run this week") : nudge(enrollment, week);
        }
        if (tally.runs() == 0) {
            return new Composition.Send(new Message.CheckInWithoutRuns(enrollment, week));
        }
        return new Composition.Send(new Message.CheckIn(enrollment, week, tally, names()));
    }

    /** The nudge says how many of the cohort (trained the same day) logged a run this week. */
    private Composition nudge(Enrollment enrollment, int week) {
        var cohort = enrollments.all().stream().filter(e -> e.trainedOn().equals(enrollment.trainedOn())).toList();
        int logged = runs.membersWithRunsBetween(cohort.stream().map(Enrollment::userId).toList(),
                enrollment.firstDayOfWeek(week), enrollment.lastDayOfWeek(week));
        return new Composition.Send(new Message.Nudge(enrollment, week, logged, cohort.size()));
    }

    private Map<WorkflowKey, String> names() {
        return workflows.all().stream().collect(Collectors.toMap(Workflow::key, Workflow::name));
    }
}
