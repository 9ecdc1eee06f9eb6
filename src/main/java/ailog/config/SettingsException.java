package ailog.config;

/** A missing or malformed setting; its message is the one line shown before ailog stops. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
