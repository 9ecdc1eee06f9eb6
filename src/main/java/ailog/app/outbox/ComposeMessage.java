package ailog.app.outbox;

import ailog.app.Enrollments;
import ailog.app.Runs;
import ailog.app.Workflows;
import ailog.domain.Enrollment;
import ailog.domain.EnrollmentEnd;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.metrics.LateRuns;
import ailog.domain.metrics.LoggedBetween;
import ailog.domain.metrics.ReportWindow;
import ailog.domain.metrics.RunTally;
import ailog.domain.metrics.SixWeekAssessment;
import ailog.domain.schedule.MessageKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns an outbox entry into the message to send now, from the data as it is now, or says to skip it. A check-in
 * counts its week's runs logged by the time it is composed; runs of earlier weeks logged since the previous
 * check-in went out are announced as late, so every run is counted in exactly one check-in.
 */
public final class ComposeMessage implements Composer {
    /** A nudge on day 4 that could only go out days later would be noise next to the check-in. */
    private static final Duration NUDGE_USEFUL_FOR = Duration.ofDays(1);

    private final Enrollments enrollments;
    private final Runs runs;
    private final Workflows workflows;
    private final Outbox outbox;
    private final Composer notices;

    public ComposeMessage(Enrollments enrollments, Runs runs, Workflows workflows, Outbox outbox, Composer notices) {
        this.enrollments = enrollments;
        this.runs = runs;
        this.workflows = workflows;
        this.outbox = outbox;
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
        Optional<EnrollmentEnd> ended = enrollments.endOf(enrollment.id());
        if (ended.isPresent()) {
            return new Composition.Skip(ended.get().reason());
        }
        int week = Integer.parseInt(subject[1]);
        LocalDate today = LocalDate.ofInstant(now, enrollment.zone());
        if (enrollment.pausedOn(today)) {
            return new Composition.Skip("paused until " + enrollment.pausedUntil().orElseThrow());
        }
        ReportWindow days = SixWeekAssessment.weeks(enrollment, week, week);
        RunTally tally = RunTally.ofCounts(runs.countsOfMember(enrollment.userId(), days, LoggedBetween.upTo(now)));
        if (!checkIn) {
            if (now.isAfter(entry.dueAt().plus(NUDGE_USEFUL_FOR))) {
                return new Composition.Skip("too late for a nudge");
            }
            return tally.runs() > 0 ? new Composition.Skip("already logged a run this week")
                    : nudge(enrollment, week, days);
        }
        LateRuns late = lateRuns(enrollment, week, now);
        if (tally.runs() == 0) {
            return new Composition.Send(new Message.CheckInWithoutRuns(enrollment, week, days, late));
        }
        return new Composition.Send(new Message.CheckIn(enrollment, week, days, tally, late, names()));
    }

    /**
     * Runs dated in an earlier week whose check-in went out, logged after the latest check-in sent before this one:
     * no check-in has counted them yet.
     */
    private LateRuns lateRuns(Enrollment enrollment, int week, Instant now) {
        String prefix = enrollment.id() + ":";
        List<SentMessage> earlier = outbox.sent(MessageKind.CHECKIN, enrollment.userId()).stream()
                .filter(m -> m.subject().startsWith(prefix) && weekOf(m) < week)
                .toList();
        Optional<Instant> latest = earlier.stream().map(SentMessage::sentAt).max(Instant::compareTo);
        if (latest.isEmpty()) {
            return LateRuns.none();
        }
        LoggedBetween since = LoggedBetween.since(latest.get(), now);
        return earlier.stream()
                .map(m -> LateRuns.of(runs.dayTotalsLogged(Optional.of(enrollment.userId()),
                        SixWeekAssessment.weeks(enrollment, weekOf(m), weekOf(m)), since)))
                .reduce(LateRuns.none(), LateRuns::plus);
    }

    private static int weekOf(SentMessage checkIn) {
        return Integer.parseInt(checkIn.subject().split(":")[1]);
    }

    /** The nudge says how many of the others trained the same day logged a run this week; the member is not one. */
    private Composition nudge(Enrollment enrollment, int week, ReportWindow days) {
        List<String> others = enrollments.all().stream()
                .filter(e -> e.trainedOn().equals(enrollment.trainedOn()))
                .map(Enrollment::userId)
                .filter(user -> !user.equals(enrollment.userId()))
                .toList();
        int logged = others.isEmpty() ? 0 : runs.membersWithRunsBetween(others, days.from(), days.to());
        return new Composition.Send(new Message.Nudge(enrollment, week, days, logged, others.size()));
    }

    private Map<WorkflowKey, String> names() {
        return workflows.all().stream().collect(Collectors.toMap(Workflow::key, Workflow::name));
    }
}
