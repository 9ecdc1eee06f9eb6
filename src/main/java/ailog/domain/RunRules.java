package ailog.domain;

import java.time.LocalDate;
import java.util.Optional;

/** The limits every logged run obeys, whichever way it arrives. */
public final class RunRules {
    public static final int MAX_NOTES = 1000;
    public static final int MAX_DAYS_BACK = 30;

    private RunRules() {}

    /** Why a run date is not allowed when the member's today is {@code today}, if it is not. */
    public static Optional<String> problemWithDate(LocalDate runDate, LocalDate today) {
        if (runDate.isAfter(today)) {
            return Optional.of("the date " + runDate + " is in the future (today is " + today + ")");
        }
        if (runDate.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            return Optional.of("the date " + runDate + " is more than " + MAX_DAYS_BACK + " days back");
        }
        return Optional.empty();
    }

    public static Optional<String> problemWithNotes(String notes) {
        if (notes.length() > MAX_NOTES) {
            return Optional.of("the notes are " + notes.length() + " characters; at most " + MAX_NOTES
                    + " are kept");
        }
        return Optional.empty();
    }

    public static Optional<String> problemWithEditType(Outcome outcome, Optional<EditType> editType) {
        if (editType.isPresent() && !outcome.takesEditType()) {
            return Optional.of("an as-is run needed no editing, so it takes no edit type");
        }
        return Optional.empty();
    }
}
