package dev.switchboard.server.storage;

/**
 * The server cannot start as configured. Its message is shown to the operator as is and says what
 * to do; it carries no stack trace worth reading.
 */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message, null, false, false);
    }
}
