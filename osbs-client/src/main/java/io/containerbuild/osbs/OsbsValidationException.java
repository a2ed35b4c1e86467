package io.containerbuild.osbs;

/** The request or the source's Dockerfile is not acceptable; the message says what to fix. */
public class OsbsValidationException extends OsbsException {
    private static final long serialVersionUID = 1L;

    public OsbsValidationException(String message) {
        super(message);
    }
}
