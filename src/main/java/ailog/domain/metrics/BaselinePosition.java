package ailog.domain.metrics;

import java.util.Locale;

/** Where a team's share of a segment stands against the unguided baseline range. */
public enum BaselinePosition {
    ABOVE,
    WITHIN,
    BELOW;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
