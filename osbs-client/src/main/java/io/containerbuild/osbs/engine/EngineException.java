package io.containerbuild.osbs.engine;

/**
 * An engine or registry operation failed. The message is for people: it carries the engine's own
 * error text and, when the failure is about reaching something, the endpoint that could not be reached.
 */
public class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
