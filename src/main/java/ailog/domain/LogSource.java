package ailog.domain;

import java.util.Locale;

/** How a run reached ailog. */
public enum LogSource {
    COMMAND,
    BUTTON,
    IMPORT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LogSource fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
