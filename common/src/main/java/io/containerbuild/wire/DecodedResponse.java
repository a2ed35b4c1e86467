package io.containerbuild.wire;

/** A parsed {@code methodResponse}: either a value (possibly null) or a fault. */
record DecodedResponse(Object value, WireFault fault) {

    static DecodedResponse success(Object value) {
        return new DecodedResponse(value, null);
    }

    static DecodedResponse failure(WireFault fault) {
        return new DecodedResponse(null, fault);
    }

    boolean isFault() {
        return fault != null;
    }
}
