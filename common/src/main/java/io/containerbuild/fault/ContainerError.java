package io.containerbuild.fault;

/** koji-containerbuild's ContainerError (2001): the container build itself failed. */
public class ContainerError extends KojiFault {
    private static final long serialVersionUID = 1L;

    public ContainerError(String message) {
        super(FaultCode.CONTAINER_ERROR, message);
    }

    public ContainerError(String message, Throwable cause) {
        super(FaultCode.CONTAINER_ERROR, message, cause);
    }
}
