package io.containerbuild.hub.build;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;

/** Koji's plain GenericError and TagError, which have no class of their own in {@code common}. */
final class KojiErrors {
    private KojiErrors() {}

    static KojiFault generic(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }

    static KojiFault tag(String message) {
        return new KojiFault(FaultCode.TAG_ERROR, message);
    }
}
