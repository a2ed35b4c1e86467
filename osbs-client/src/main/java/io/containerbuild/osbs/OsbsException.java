package io.containerbuild.osbs;

/** Anything the OSBS API fails with; the original failure is the cause. */
public class OsbsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OsbsException(String message) {
        super(message);
    }

    public OsbsException(String message, Throwable cause) {
        super(message, cause);
    }
}
