package io.containerbuild.fault;

/** Koji's AuthExpired (1007): the session must be renewed by logging in again. */
public class AuthExpired extends KojiFault {
    private static final long serialVersionUID = 1L;

    public AuthExpired(String message) {
        super(FaultCode.AUTH_EXPIRED, message);
    }

    public AuthExpired(String message, Throwable cause) {
        super(FaultCode.AUTH_EXPIRED, message, cause);
    }
}
