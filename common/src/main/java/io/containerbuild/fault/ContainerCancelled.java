package io.containerbuild.fault;

/** koji-containerbuild's ContainerCancelled (2002): the container build was cancelled. */
public class ContainerCancelled extends KojiFault {
    private static final long serialVersionUID = 1L;

    public ContainerCancelled(String message) {
        super(FaultCode.CONTAINER_CANCELLED, message);
    }

    public ContainerCancelled(String message, Throwable cause) {
        super(FaultCode.CONTAINER_CANCELLED, message, cause);
    }
}
