package io.containerbuild.wire;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Python's names for wire values, so messages read the way a Koji user expects ({@code must be int, not str}). */
final class PythonTypes {

    private PythonTypes() {
    }

    static String nameOf(Object value) {
        if (value == null) {
            return "NoneType";
        } else if (value instanceof String) {
            return "str";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            return "int";
        } else if (value instanceof Double || value instanceof Float) {
            return "float";
        } else if (value instanceof byte[]) {
            return "bytes";
        } else if (value instanceof List<?> || value instanceof Object[]) {
            return "list";
        } else if (value instanceof Map<?, ?>) {
            return "dict";
        } else if (value instanceof Instant || value instanceof Date) {
            return "DateTime";
        }
        return value.getClass().getName();
    }
}
