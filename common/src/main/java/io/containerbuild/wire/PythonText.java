package io.containerbuild.wire;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Decoded wire values written the way Koji's Python writes them into messages: {@code %r}
 * ({@code No such tagInfo: 'f40'}), {@code %s}, and type names ({@code must be int, not str}), so
 * that faults read as upstream's, where clients and people compare them.
 */
public final class PythonText {

    private PythonText() {
    }

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
        return value.getClass().getSimpleName();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean bool) {
            out.append(bool ? "True" : "False");
        } else if (value instanceof String text) {
            appendString(out, text);
        } else if (value instanceof Double number) {
            out.append(floatRepr(number));
        } else if (value instanceof Float number) {
            out.append(floatRepr(number.doubleValue()));
        } else if (value instanceof Number number) {
            out.append(number);
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else if (value instanceof List<?> list) {
            appendList(out, list);
        } else {
            out.append('<').append(value.getClass().getSimpleName()).append(" object>");
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
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
    }

    private static void appendList(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, list.get(i));
        }
        out.append(']');
    }

    // Python prefers single quotes and switches to double quotes only to avoid escaping
    private static void appendString(StringBuilder out, String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        out.append(quote);
    }

    // str.isprintable(): everything but control, format, surrogate, private, unassigned and non-space separators
    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    // repr(float): positional between 1e-4 and 1e16, otherwise scientific with a two-digit exponent
    private static String floatRepr(double number) {
        if (Double.isNaN(number)) {
            return "nan";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "inf" : "-inf";
        }
        if (number == 0) {
            return (1 / number < 0) ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(number))).stripTrailingZeros();
        int exponent = decimal.precision() - decimal.scale() - 1;
        String sign = number < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = decimal.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String digits = decimal.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
