package ailog.app;

import ailog.domain.Enrollment;
import ailog.domain.Owners;
import ailog.domain.Workflow;
import ailog.domain.WorkflowKey;
import ailog.domain.schedule.EnrollmentPlan;
import ailog.domain.schedule.Milestone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * An owner enrolls trainees after a training session. Every name is checked first; if anything is wrong nobody is
 * enrolled. Enrolling someone again starts a new enrollment from the new training day and ends the one it replaces:
 * what that one already sent stays sent, what it had still to send is cancelled, and the new one sends all of its
 * messages except those whose time had already passed.
 */
public final class EnrollMembers {
    /** What the owner asked for. */
    public record Request(String actor, List<String> userIds, List<String> workflows, Optional<Integer> target,
            Optional<LocalDate> trainedOn) {}

    /** What happened. */
    public sealed interface Result {}

    public record Enrolled(List<Member> members) implements Result {}

    /** One member's new plan and, when it replaced an enrollment, that one and the messages of it now cancelled. */
    public record Member(EnrollmentPlan plan, Optional<Enrollment> replaced, List<Milestone> cancelled) {
        public Member {
            cancelled = List.copyOf(cancelled);
        }
    }

    public record Refused(List<String> problems) implements Result {}

    public record NotAnOwner() implements Result {}

    private final Enrollments enrollments;
    private final Workflows workflows;
    private final MemberDirectory directory;
    private final Owners owners;
    private final int defaultTarget;
    private final int checkinHour;
    private final Clock clock;

    public EnrollMembers(Enrollments enrollments, Workflows workflows, MemberDirectory directory, Owners owners,
            int defaultTarget, int checkinHour, Clock clock) {
        this.checkinHour = checkinHour;
        this.enrollments = enrollments;
        this.workflows = workflows;
        this.directory = directory;
        this.owners = owners;
        this.defaultTarget = defaultTarget;
        this.clock = clock;
    }

    public Result enroll(Request request) {
        if (!owners.includes(request.actor())) {
            return new NotAnOwner();
        }
        List<String> problems = new ArrayList<>();
        List<WorkflowKey> trained = trainedWorkflows(request.workflows(), problems);
        int target = request.target().orElse(defaultTarget);
        if (target < 1 || target > 100) {
            problems.add("the target is a percentage from 1 to 100, not " + target);
        }
        if (request.userIds().isEmpty()) {
            problems.add("name the people to enroll with @mentions");
        }
        List<MemberDirectory.Profile> people = new ArrayList<>();
        // everyone is asked about at once; nobody is enrolled until every answer is in
        directory.lookUpAll(List.copyOf(new LinkedHashSet<>(request.userIds())))
                .forEach((userId, lookup) -> check(userId, lookup, problems).ifPresent(people::add));
        for (MemberDirectory.Profile person : people) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), person.zone());
            request.trainedOn().filter(day -> day.isAfter(today)).ifPresent(day -> problems.add(
                    "the training day " + day + " is in the future for <@" + person.userId() + ">"));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        Instant now = clock.instant();
        return new Enrolled(people.stream().map(person -> start(enrollments.enroll(new Enrollment(0,
                person.userId(), request.trainedOn().orElse(LocalDate.ofInstant(now, person.zone())), trained,
                target, person.zone(), request.actor(), now, Optional.empty())))).toList());
    }

    private Member start(Enrollments.Started started) {
        Instant at = started.enrollment().enrolledAt();
        return new Member(EnrollmentPlan.of(started.enrollment(), checkinHour), started.replaced(),
                started.replaced().map(old -> EnrollmentPlan.of(old, checkinHour).after(at)).orElse(List.of()));
    }

    private List<WorkflowKey> trainedWorkflows(List<String> words, List<String> problems) {
        if (words.isEmpty()) {
            problems.add("say which workflows the training covered: workflows=proposal,status-update");
        }
        List<WorkflowKey> keys = new ArrayList<>();
        for (String word : words) {
            Optional<Workflow> workflow = workflows.find(word);
            if (workflow.isEmpty()) {
                // no key holds &, < or >; leaving them out keeps Slack from reading the echo as markup
                String shown = word.replaceAll("[&<>]", "");
                problems.add("there is no workflow `" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                        + "` in the catalog");
            } else if (!keys.contains(workflow.get().key())) {
                keys.add(workflow.get().key());
            }
        }
        return keys;
    }

    private static Optional<MemberDirectory.Profile> check(String userId, MemberDirectory.Lookup lookup,
            List<String> problems) {
        if (lookup instanceof MemberDirectory.Failed failed) {
            problems.add("I could not check <@" + userId + "> with Slack (" + failed.why() + "): try again in a"
                    + " minute");
        } else if (!(lookup instanceof MemberDirectory.Found found)) {
            problems.add("Slack does not know the user " + userId);
        } else if (found.profile().bot()) {
            problems.add("<@" + userId + "> is a bot");
        } else if (found.profile().deleted()) {
            problems.add("<@" + userId + "> is deactivated");
        } else {
            return Optional.of(found.profile());
        }
        return Optional.empty();
    }
}
