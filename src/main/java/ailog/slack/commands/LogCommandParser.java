package ailog.slack.commands;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import ailog.domain.RunDay;
import ailog.domain.RunEntry;
import ailog.domain.metrics.CloseMatches;
import ailog.slack.views.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses {@code <workflow> <outcome> [edit-type] [date:YYYY-MM-DD|yesterday] [notes…]}. */
public final class LogCommandParser {
    private static final List<String> EDIT_WORDS =
            Arrays.stream(EditType.values()).flatMap(EditType::words).toList();
    private static final int ECHO = 40;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A parsed entry, or what was wrong with the text. */
    public record Parsed(Optional<RunEntry> entry, List<String> problems) {}

    public Parsed parse(String text) {
        Words words = new Words(text);
        List<String> problems = new ArrayList<>();
        String workflow = words.next().orElse("");
        Optional<String> outcomeWord = words.next();
        if (outcomeWord.isEmpty()) {
            return failed("Say how the output turned out after `" + clip(workflow) + "`: as-is, light-edit,"
                    + " heavy-edit or not-used.");
        }
        Optional<Outcome> outcome = Outcome.parse(outcomeWord.get());
        if (outcome.isEmpty()) {
            problems.add("`" + clip(outcomeWord.get()) + "` is not an outcome: use as-is, light-edit, heavy-edit or"
                    + " not-used");
        }
        Optional<EditType> editType = Optional.empty();
        Optional<RunDay> day = Optional.empty();
        for (int i = 0; i < 2 && words.peek().isPresent(); i++) {
            String word = words.peek().get();
            if (editType.isEmpty() && EditType.parse(word).isPresent()) {
                editType = EditType.parse(word);
            } else if (day.isEmpty() && isDayWord(word)) {
                day = Optional.of(day(word, problems));
            } else {
                break;
            }
            words.next();
        }
        if (editType.isEmpty() && outcome.map(Outcome::takesEditType).orElse(true)) {
            mistypedEditType(words).ifPresent(problems::add);
        }
        String notes = words.rest();
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        RunEntry entry = new RunEntry(workflow, outcome.get(), editType, day.orElse(RunDay.today()), notes);
        return new Parsed(Optional.of(entry), List.of());
    }

    private static Parsed failed(String problem) {
        return new Parsed(Optional.empty(), List.of(problem));
    }

    private static boolean isDayWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("today") || lower.equals("yesterday") || lower.startsWith("date:")
                || ISO_DATE.matcher(lower).matches();
    }

    private static RunDay day(String word, List<String> problems) {
        String lower = word.toLowerCase(Locale.ROOT);
        String value = lower.startsWith("date:") ? lower.substring("date:".length()) : lower;
        if (value.equals("today")) {
            return RunDay.today();
        }
        if (value.equals("yesterday")) {
            return RunDay.yesterday();
        }
        try {
            return RunDay.on(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.add("`" + clip(word) + "` is not a date: write date:YYYY-MM-DD or yesterday");
            return RunDay.today();
        }
    }

    /**
     * A lone last word close to an edit type ("tonee") is a typo, not a one-word note: refuse it rather than
     * store a run without the edit type the member meant.
     */
    private static Optional<String> mistypedEditType(Words words) {
        String rest = words.rest();
        if (rest.length() < 4 || rest.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean close = EDIT_WORDS.stream().anyMatch(w -> CloseMatches.distance(lower, w) <= (lower.length() >= 7 ? 2 : 1));
        return close
                ? Optional.of("`" + clip(rest) + "` is not an edit type: use tone, scope, format, missing-info or"
                        + " wrong-info (a note needs more than one word)")
                : Optional.empty();
    }

    private static String clip(String word) {
        return Texts.echo(word, ECHO);
    }
}
