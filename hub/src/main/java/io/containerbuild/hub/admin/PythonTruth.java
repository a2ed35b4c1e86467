package io.containerbuild.hub.admin;

import java.util.Collection;
import java.util.Map;

/** Python's {@code bool(value)} for decoded wire values: Koji tests most flags and options for truth. */
public final class PythonTruth {
    private PythonTruth() {}

    public static boolean of(Object value) {
        if (value == null) {
            return false;
        } else if (value instanceof Boolean flag) {
            return flag;
        } else if (value instanceof Number number) {
            return number.doubleValue() != 0;
        } else if (value instanceof String text) {
            return !text.isEmpty();
        } else if (value instanceof Collection<?> items) {
            return !items.isEmpty();
        } else if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return true;
    }
}
