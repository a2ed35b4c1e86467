package io.containerbuild.hub.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.containerbuild.fault.ParameterError;

/**
 * JSON text columns ({@code extra} of tags, builds, archives) to and from the plain values the wire
 * carries: structs become maps, arrays lists, numbers Integer, Long or Double.
 */
public final class JsonText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonText() {}

    /** Null or blank text is nil. */
    public static Object toWire(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** Nil is null; anything else must be a JSON-representable value. */
    public static String fromWire(String what, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ParameterError(what + " cannot be stored as JSON: " + e.getOriginalMessage());
        }
    }
}
