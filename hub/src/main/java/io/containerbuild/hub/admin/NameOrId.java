package io.containerbuild.hub.admin;

import io.containerbuild.wire.PythonText;
import io.containerbuild.fault.ParameterError;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Koji's "info" argument ({@code name_or_id_clause}): an int is an id, a string a name, and a
 * struct names one through its {@code id} member (which may be a numeric string) or else its
 * {@code name} member. Anything else is a ParameterError, as upstream.
 */
public sealed interface NameOrId {

    /** Lookup by id. */
    record Id(int id) implements NameOrId {
        @Override
        public <T> T find(IntFunction<T> byId, Function<String, T> byName) {
            return byId.apply(id);
        }
    }

    /** Lookup by name. */
    record Name(String name) implements NameOrId {
        @Override
        public <T> T find(IntFunction<T> byId, Function<String, T> byName) {
            return byName.apply(name);
        }
    }

    /** Runs the lookup that fits: by id or by name. */
    <T> T find(IntFunction<T> byId, Function<String, T> byName);

    /**
     * @throws ParameterError {@code Invalid name or id value: X} for anything but the forms above
     */
    static NameOrId of(Object info) {
        Object value = info;
        if (info instanceof Map<?, ?> struct) {
            if (struct.containsKey("id")) {
                return new Id(asId(struct.get("id"), info));
            } else if (struct.containsKey("name")) {
                value = struct.get("name");
            } else {
                throw invalid(info);
            }
        }
        if (value instanceof String name) {
            return new Name(name);
        }
        if (value instanceof Integer || value instanceof Long) {
            return new Id(asId(value, info));
        }
        throw invalid(info);
    }

    /** Koji casts a struct's id with {@code int()}, so {@code "12"} is id 12. */
    private static int asId(Object value, Object info) {
        if (value instanceof Integer id) {
            return id;
        }
        if (value instanceof Long id && id == id.intValue()) {
            return id.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw invalid(info);
            }
        }
        throw invalid(info);
    }

    private static ParameterError invalid(Object info) {
        return new ParameterError("Invalid name or id value: " + PythonText.str(info));
    }
}
