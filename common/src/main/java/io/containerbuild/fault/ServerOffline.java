package io.containerbuild.fault;

/** Koji's ServerOffline (1014): the hub is not serving calls. */
public class ServerOffline extends KojiFault {
    private static final long serialVersionUID = 1L;

    public ServerOffline(String message) {
        super(FaultCode.SERVER_OFFLINE, message);
    }

    public ServerOffline(String message, Throwable cause) {
        super(FaultCode.SERVER_OFFLINE, message, cause);
    }
}
