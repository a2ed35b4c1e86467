package io.containerbuild.fault;

/** Koji's SequenceError (1008): a call number went backwards. */
public class SequenceError extends KojiFault {
    private static final long serialVersionUID = 1L;

    public SequenceError(String message) {
        super(FaultCode.SEQUENCE_ERROR, message);
    }

    public SequenceError(String message, Throwable cause) {
        super(FaultCode.SEQUENCE_ERROR, message, cause);
    }
}
