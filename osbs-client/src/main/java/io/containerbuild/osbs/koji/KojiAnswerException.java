package io.containerbuild.osbs.koji;

/** The hub answered, but not in the shape Koji answers in. */
public class KojiAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KojiAnswerException(String message) {
        super(message);
    }
}
