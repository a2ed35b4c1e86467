package io.containerbuild.fault;

/** Koji's BuildError (1005): a build's input or preconditions are wrong. */
public class BuildError extends KojiFault {
    private static final long serialVersionUID = 1L;

    public BuildError(String message) {
        super(FaultCode.BUILD_ERROR, message);
    }

    public BuildError(String message, Throwable cause) {
        super(FaultCode.BUILD_ERROR, message, cause);
    }
}
