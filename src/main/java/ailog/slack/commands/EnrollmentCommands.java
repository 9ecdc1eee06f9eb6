package ailog.slack.commands;

import ailog.app.EnrollMembers;
import ailog.app.Enrollments;
import ailog.app.UnenrollMembers;
import ailog.domain.Owners;
import ailog.slack.SlackText;
import ailog.slack.views.EnrollmentViews;
import ailog.slack.views.HelpView;
import ailog.slack.views.PauseReplies;
import ailog.slack.views.Reply;
import ailog.slack.views.Texts;
import ailog.slack.views.UnenrollViews;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code enroll}, {@code unenroll}, {@code enrollments} (owners) and {@code pause} (anyone). After an enrollment is
 * acknowledged the outbox is run, so the welcome DMs go out at once rather than at the next tick.
 */
public final class EnrollmentCommands {
    private static final Pattern USER_ID = Pattern.compile("@?([UW][A-Z0-9]{2,})");

    private final EnrollMembers enrollMembers;
    private final UnenrollMembers unenrollMembers;
    private final Enrollments enrollments;
    private final Owners owners;
    private final Clock clock;
    private final ReplyInTime inTime;
    private final Executor afterAck;
    private final Runnable sendNow;

    public EnrollmentCommands(EnrollMembers enrollMembers, UnenrollMembers unenrollMembers, Enrollments enrollments,
            Owners owners, Clock clock, ReplyInTime inTime, Executor afterAck, Runnable sendNow) {
        this.enrollMembers = enrollMembers;
        this.unenrollMembers = unenrollMembers;
        this.afterAck = afterAck;
        this.sendNow = sendNow;
        this.enrollments = enrollments;
        this.owners = owners;
        this.clock = clock;
        this.inTime = inTime;
    }

    /** {@code enroll <@user…> workflows=k1,k2 [target=70] [trained=YYYY-MM-DD]}. */
    public Reply enroll(Subcommand.Invocation invocation) {
        if (!owners.includes(invocation.userId())) {
            return HelpView.ownersOnly("enroll");
        }
        List<String> users = new ArrayList<>();
        List<String> workflows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Optional<Integer> target = Optional.empty();
        Optional<LocalDate> trained = Optional.empty();
        Words words = new Words(SlackText.withBareUserIds(invocation.arguments()));
        for (Optional<String> word = words.next(); word.isPresent(); word = words.next()) {
            String w = word.get();
            String lower = w.toLowerCase(Locale.ROOT);
            Matcher userId = USER_ID.matcher(w);
            if (userId.matches()) {
                users.add(userId.group(1));
            } else if (lower.startsWith("workflows=")) {
                String list = words.commaList(w.substring("workflows=".length()));
                Arrays.stream(list.split(",")).filter(s -> !s.isBlank())
                        .forEach(workflows::add);
            } else if (lower.startsWith("target=")) {
                target = number(w.substring("target=".length()), problems);
            } else if (lower.startsWith("trained=")) {
                trained = date(w.substring("trained=".length()), problems);
            } else {
                problems.add("I don't understand `" + clip(w) + "`");
            }
        }
        if (!problems.isEmpty()) {
            return EnrollmentViews.refused(problems);
        }
        EnrollMembers.Request request =
                new EnrollMembers.Request(invocation.userId(), users, workflows, target, trained);
        // Slack checks each person; for a big cohort that outlasts the acknowledgement, so the answer may come later
        return inTime.reply(() -> answer(enrollMembers.enroll(request)),
                EnrollmentViews.checking(users.stream().distinct().count()), invocation.followUp());
    }

    private Reply answer(EnrollMembers.Result result) {
        if (result instanceof EnrollMembers.Enrolled enrolled) {
            afterAck.execute(sendNow);
            return EnrollmentViews.enrolled(enrolled.members());
        }
        if (result instanceof EnrollMembers.Refused refused) {
            return EnrollmentViews.refused(refused.problems());
        }
        return HelpView.ownersOnly("enroll");
    }

    /** {@code unenroll <@user…>}: ends their enrollments; nothing scheduled is sent for them any more. */
    public Reply unenroll(Subcommand.Invocation invocation) {
        if (!owners.includes(invocation.userId())) {
            return HelpView.ownersOnly("unenroll");
        }
        List<String> users = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Words words = new Words(SlackText.withBareUserIds(invocation.arguments()));
        for (Optional<String> word = words.next(); word.isPresent(); word = words.next()) {
            Matcher userId = USER_ID.matcher(word.get());
            if (userId.matches()) {
                users.add(userId.group(1));
            } else {
                problems.add("`" + clip(word.get()) + "` is not a person: name them with @mentions");
            }
        }
        if (users.isEmpty() && problems.isEmpty()) {
            problems.add("name the people to unenroll with @mentions");
        }
        if (!problems.isEmpty()) {
            return UnenrollViews.refused(problems);
        }
        UnenrollMembers.Result result = unenrollMembers.unenroll(invocation.userId(), users);
        if (result instanceof UnenrollMembers.Ended ended) {
            return UnenrollViews.unenrolled(ended);
        }
        if (result instanceof UnenrollMembers.NobodyNamed) {
            return UnenrollViews.refused(List.of("name the people to unenroll with @mentions"));
        }
        return HelpView.ownersOnly("unenroll");
    }

    public Reply list(Subcommand.Invocation invocation) {
        if (!owners.includes(invocation.userId())) {
            return HelpView.ownersOnly("enrollments");
        }
        return EnrollmentViews.list(enrollments.all(), clock.instant());
    }

    /** {@code pause until YYYY-MM-DD} or {@code pause off}. */
    public Reply pause(Subcommand.Invocation invocation) {
        Words words = new Words(invocation.arguments());
        String first = words.next().orElse("").toLowerCase(Locale.ROOT);
        if (first.equals("off")) {
            return enrollments.pause(invocation.userId(), Optional.empty())
                    ? Reply.of(":arrow_forward: Pause ended: your check-ins carry on.")
                    : EnrollmentViews.notEnrolled();
        }
        List<String> problems = new ArrayList<>();
        Optional<LocalDate> until = first.equals("until") ? date(words.next().orElse(""), problems) : Optional.empty();
        if (until.isEmpty()) {
            return PauseReplies.untilWhen(problems, LocalDate.now(clock));
        }
        return enrollments.pause(invocation.userId(), until)
                ? Reply.of(":pause_button: No check-ins or nudges until " + until.get()
                        + " (included). `/ailog pause off` ends the pause early.")
                : EnrollmentViews.notEnrolled();
    }

    private static Optional<Integer> number(String text, List<String> problems) {
        try {
            return Optional.of(Integer.parseInt(text.replace("%", "")));
        } catch (NumberFormatException e) {
            problems.add("`target=" + clip(text) + "` is not a percentage: write target=70");
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text, List<String> problems) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add("`" + clip(text) + "` is not a date: write YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private static String clip(String word) {
        return Texts.echo(word, 40);
    }
}
