package ailog.config;

/** Start-up cannot go on; the message is the one line shown before ailog exits. */
public final class StartupException extends RuntimeException {
    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
