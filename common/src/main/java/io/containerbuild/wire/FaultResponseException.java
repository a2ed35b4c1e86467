package io.containerbuild.wire;

import org.apache.xmlrpc.XmlRpcException;

/** Carries a fault answer out of 3.1.3's client machinery, so it is never mistaken for a transport failure. */
final class FaultResponseException extends XmlRpcException {
    private static final long serialVersionUID = 1L;

    private final transient WireFault fault;

    FaultResponseException(WireFault fault) {
        super(fault.faultCode(), fault.faultString());
        this.fault = fault;
    }

    WireFault fault() {
        return fault;
    }
}
