package io.containerbuild.wire;

import java.util.OptionalInt;

/**
 * A call that got no XML-RPC answer: the connection failed or timed out, the hub answered with an HTTP error, or
 * the answer was not acceptable XML-RPC. A fault is never reported this way; it arrives as a
 * {@link io.containerbuild.fault.KojiFault}.
 */
public class TransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    public TransportException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public TransportException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status when the hub answered with a non-2xx status. */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}
