package io.containerbuild.wire;

/** The body went past {@link WireLimits#maxBodyBytes()}; reading stopped there. */
public class BodyTooLargeException extends WireFormatException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
