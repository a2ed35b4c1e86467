package io.containerbuild.options;

import io.containerbuild.wire.PythonText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The free-form {@code userdata} object of a build request: custom metadata the build system only
 * passes through. It is kept as an immutable, insertion-ordered deep copy of the decoded value so
 * that it is re-encoded exactly as it arrived.
 *
 * <p>Values are what the wire delivers: {@link String}, {@link Boolean}, {@link Integer},
 * {@link Long}, {@link Double}, null, and lists and string-keyed maps of those.
 */
public final class UserData {

    private static final UserData EMPTY = new UserData(Map.of());

    private final Map<String, Object> values;

    private UserData(Map<String, Object> values) {
        this.values = values;
    }

    public static UserData empty() {
        return EMPTY;
    }

    /**
     * Copies a decoded object.
     *
     * @throws IllegalArgumentException naming the path of the first value of another type, or of a
     *     map key that is not a string
     */
    public static UserData of(Map<?, ?> values) {
        return new UserData(copyMap(values, ""));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The object as an unmodifiable, insertion-ordered map, for re-encoding. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserData that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return PythonText.repr(values);
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, String path) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException(
                        "key " + PythonText.repr(entry.getKey()) + " at " + describe(path) + " is not a string");
            }
            copy.put(key, copyValue(entry.getValue(), path + "[" + PythonText.repr(key) + "]"));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return copyMap(map, path);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copyValue(list.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException(
                "value at " + describe(path) + " has unsupported type " + value.getClass().getName());
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the top level" : path;
    }
}
