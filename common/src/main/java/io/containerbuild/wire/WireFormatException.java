package io.containerbuild.wire;

/** The bytes are not an XML-RPC message this dialect accepts: malformed, forbidden or over a limit. */
public class WireFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public WireFormatException(String message) {
        super(message);
    }
}
