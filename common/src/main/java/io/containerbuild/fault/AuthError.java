package io.containerbuild.fault;

/** Koji's AuthError (1002): bad credentials, no session, a host call without a host session. */
public class AuthError extends KojiFault {
    private static final long serialVersionUID = 1L;

    public AuthError(String message) {
        super(FaultCode.AUTH_ERROR, message);
    }

    public AuthError(String message, Throwable cause) {
        super(FaultCode.AUTH_ERROR, message, cause);
    }
}
