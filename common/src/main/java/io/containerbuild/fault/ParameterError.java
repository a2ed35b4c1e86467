package io.containerbuild.fault;

/** Koji's ParameterError (1019): the arguments do not fit the method. */
public class ParameterError extends KojiFault {
    private static final long serialVersionUID = 1L;

    public ParameterError(String message) {
        super(FaultCode.PARAMETER_ERROR, message);
    }

    public ParameterError(String message, Throwable cause) {
        super(FaultCode.PARAMETER_ERROR, message, cause);
    }
}
