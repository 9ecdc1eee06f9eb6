package ailog.cli;

/** A file a command cannot use at all; the message is the one line the user sees. */
final class BadFileException extends Exception {
    BadFileException(String message) {
        super(message);
    }
}
