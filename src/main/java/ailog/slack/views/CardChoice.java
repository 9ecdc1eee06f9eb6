package ailog.slack.views;

import ailog.domain.EditType;
import ailog.domain.Outcome;
import java.util.Optional;

/**
 * What a quick-log button carries: the card's nonce (so one card logs at most one run), the workflow, and the
 * outcome and edit type chosen so far.
 */
public record CardChoice(String nonce, String workflow, Optional<Outcome> outcome, Optional<EditType> editType) {
    private static final String SEPARATOR = "|";

    public static CardChoice of(String nonce, String workflow) {
        return new CardChoice(nonce, workflow, Optional.empty(), Optional.empty());
    }

    public CardChoice with(Outcome chosen) {
        return new CardChoice(nonce, workflow, Optional.of(chosen), Optional.empty());
    }

    public CardChoice with(EditType chosen) {
        return new CardChoice(nonce, workflow, outcome, Optional.of(chosen));
    }

    public String encode() {
        return String.join(SEPARATOR, nonce, workflow, outcome.map(Outcome::key).orElse(""),
                editType.map(EditType::key).orElse(""));
    }

    /** The choice a button value carries; empty for anything that did not come from our own card. */
    public static Optional<CardChoice> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\|", -1);
        if (parts.length != 4 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        Optional<Outcome> outcome = parts[2].isEmpty() ? Optional.empty() : Outcome.parse(parts[2]);
        Optional<EditType> editType = parts[3].isEmpty() ? Optional.empty() : EditType.parse(parts[3]);
        if (outcome.isEmpty() != parts[2].isEmpty() || editType.isEmpty() != parts[3].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CardChoice(parts[0], parts[1], outcome, editType));
    }
}
