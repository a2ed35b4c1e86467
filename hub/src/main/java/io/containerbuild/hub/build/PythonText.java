package io.containerbuild.hub.build;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Values written the way Koji's Python hub writes them into messages: {@code %r} gives
 * {@code 'foo-1-1'} or {@code {'name': 'foo'}}, and a type reads {@code <class 'list'>}. Clients and
 * people compare these texts with what the upstream hub says.
 */
final class PythonText {
    private PythonText() {}

    /** Python's {@code repr()} of a decoded wire value. */
    static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** Python's {@code str(type(value))}. */
    static String typeOf(Object value) {
        return "<class '" + typeName(value) + "'>";
    }

    static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        } else if (value instanceof String) {
            return "str";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Integer || value instanceof Long) {
            return "int";
        } else if (value instanceof Double || value instanceof Float) {
            return "float";
        } else if (value instanceof List<?>) {
            return "list";
        } else if (value instanceof Map<?, ?>) {
            return "dict";
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
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                append(out, entry.getKey());
                out.append(": ");
                append(out, entry.getValue());
                out.append(entries.hasNext() ? ", " : "");
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? ", " : "");
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    // Python quotes with ' unless the text holds a ' and no ", and escapes the quote and backslash
    private static void appendString(StringBuilder out, String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append(quote);
    }
}
