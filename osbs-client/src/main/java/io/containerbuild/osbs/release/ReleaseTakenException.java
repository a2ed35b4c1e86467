package io.containerbuild.osbs.release;

/** The NVR a build needs is taken, or Koji would not reserve one; the message says which and why. */
public class ReleaseTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReleaseTakenException(String message) {
        super(message);
    }

    public ReleaseTakenException(String message, Throwable cause) {
        super(message, cause);
    }
}
