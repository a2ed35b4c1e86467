package io.containerbuild.fault;

/** Koji's RetryError (1009): a call number was replayed for a method that may not be retried. */
public class RetryError extends KojiFault {
    private static final long serialVersionUID = 1L;

    public RetryError(String message) {
        super(FaultCode.RETRY_ERROR, message);
    }

    public RetryError(String message, Throwable cause) {
        super(FaultCode.RETRY_ERROR, message, cause);
    }
}
