package io.containerbuild.fault;

/** Koji's ActionNotAllowed (1004): the caller lacks a permission or is not logged in. */
public class ActionNotAllowed extends KojiFault {
    private static final long serialVersionUID = 1L;

    public ActionNotAllowed(String message) {
        super(FaultCode.ACTION_NOT_ALLOWED, message);
    }

    public ActionNotAllowed(String message, Throwable cause) {
        super(FaultCode.ACTION_NOT_ALLOWED, message, cause);
    }
}
