package io.containerbuild.wire;

import io.containerbuild.fault.KojiFault;

/**
 * The one place where exceptions and wire faults meet.
 *
 * <p>Outbound, a {@link KojiFault} becomes its code and bare message ({@code str(exception)} in Koji). Any other
 * exception becomes code 1 with the text Koji's hub writes for a foreign Python exception,
 * {@code "<class 'X'>: message"}, using the Java class name: {@code <class 'java.lang.IllegalStateException'>:
 * boom}. Code 1 is what Koji gives an exception without a {@code faultCode}, so clients treat both alike.
 *
 * <p>Inbound, a fault becomes the typed {@link KojiFault} for its code ({@link KojiFault#fromWire}); a code Koji
 * does not know stays a plain {@code KojiFault} with that code.
 */
public final class FaultTranslator {

    /** Koji's {@code faultCode} for exceptions that carry none. */
    public static final int FOREIGN_EXCEPTION_CODE = 1;

    private FaultTranslator() {
    }

    public static WireFault toWire(Throwable failure) {
        if (failure instanceof KojiFault fault) {
            return new WireFault(fault.faultCode(), fault.faultString());
        }
        String message = failure.getMessage();
        return new WireFault(FOREIGN_EXCEPTION_CODE,
                "<class '" + failure.getClass().getName() + "'>: " + (message == null ? "" : message));
    }

    public static KojiFault fromWire(WireFault fault) {
        return KojiFault.fromWire(fault.faultCode(), fault.faultString());
    }

    public static KojiFault fromWire(int faultCode, String faultString) {
        return KojiFault.fromWire(faultCode, faultString);
    }
}
