package io.containerbuild.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fault as it travels: {@code faultCode} and {@code faultString}. Inside a {@code multiCall} answer the same
 * pair is a plain struct, see {@link #toStruct()} and {@link #fromStruct(Object)}.
 */
public record WireFault(int faultCode, String faultString) {

    public WireFault {
        Objects.requireNonNull(faultString, "faultString");
    }

    /** The struct form Koji uses for a failed entry of a {@code multiCall} answer. */
    public Map<String, Object> toStruct() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("faultCode", faultCode);
        struct.put("faultString", faultString);
        return struct;
    }

    /**
     * Reads a {@code {faultCode, faultString}} struct; anything else (a {@code multiCall} success is a one-element
     * list) is not a fault. Extra members such as {@code traceback} or {@code faultCause} are ignored.
     */
    public static Optional<WireFault> fromStruct(Object value) {
        if (!(value instanceof Map<?, ?> struct)) {
            return Optional.empty();
        }
        Object code = struct.get("faultCode");
        boolean intCode = code instanceof Integer
                || code instanceof Long wide && wide == ((Long) code).intValue();
        if (!intCode) {
            return Optional.empty();
        }
        Object text = struct.get("faultString");
        return Optional.of(new WireFault(((Number) code).intValue(), text == null ? "" : text.toString()));
    }
}
