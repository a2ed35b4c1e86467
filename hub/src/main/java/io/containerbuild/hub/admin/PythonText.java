package io.containerbuild.hub.admin;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Wire values written the way Koji's Python formats them into fault texts, so that messages read
 * as upstream's: {@code %r} ({@code No such tagInfo: 'f40'}), {@code %s} and {@code type(x)}.
 */
public final class PythonText {
    private PythonText() {}

    /** Python's {@code repr()}. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** Python's {@code str()}: a string as it is, anything else as its {@code repr()}. */
    public static String str(Object value) {
        return value instanceof String text ? text : repr(value);
    }

    /** Python's {@code str(type(value))}, e.g. {@code <class 'list'>}. */
    public static String typeOf(Object value) {
        return "<class '" + typeName(value) + "'>";
    }

    /** The Python type name of a decoded wire value. */
    public static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        } else if (value instanceof String) {
            return "str";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Integer || value instanceof Long) {
            return "int";
        } else if (value instanceof Double) {
            return "float";
        } else if (value instanceof List<?>) {
            return "list";
        } else if (value instanceof Map<?, ?>) {
            return "dict";
        } else if (value instanceof byte[]) {
            return "bytes";
        }
        return value.getClass().getSimpleName();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean flag) {
            out.append(flag ? "True" : "False");
        } else if (value instanceof String text) {
            appendString(out, text);
        } else if (value instanceof List<?> items) {
            out.append('[');
            appendAll(out, items.iterator());
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                append(out, entry.getKey());
                out.append(": ");
                append(out, entry.getValue());
                if (entries.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else {
            out.append(value);
        }
    }

    private static void appendAll(StringBuilder out, Iterator<?> items) {
        while (items.hasNext()) {
            append(out, items.next());
            if (items.hasNext()) {
                out.append(", ");
            }
        }
    }

    /** Single quotes unless the text holds a single quote and no double one, as CPython chooses. */
    private static void appendString(StringBuilder out, String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append(quote);
    }
}
