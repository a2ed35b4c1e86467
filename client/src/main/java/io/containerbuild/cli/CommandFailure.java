package io.containerbuild.cli;

/**
 * A command gave up with a message for the user and an exit status, as Koji's {@code error(msg, code)} does:
 * the message goes to standard error, nothing else is printed.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandFailure(String message) {
        this(message, 1);
    }

    public CommandFailure(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
