package io.containerbuild.cli.command;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints call results as Koji's {@code call} does: Python's {@code pprint} (dict keys sorted, one line when it fits
 * in 80 columns, otherwise one item per line, indented under its bracket), or JSON with {@code --json-output}.
 */
final class ValuePrinter {

    private static final int WIDTH = 80;

    private ValuePrinter() {
    }

    /** Python's {@code pprint.pformat(value)}. */
    static String pretty(Object value) {
        return pretty(value, 0);
    }

    private static String pretty(Object value, int indent) {
        String flat = repr(value);
        if (indent + flat.length() <= WIDTH) {
            return flat;
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<String, Object> entry : sorted(map).entrySet()) {
                String key = repr(entry.getKey()) + ": ";
                items.add(key + pretty(entry.getValue(), indent + 1 + key.length()));
            }
            return "{" + String.join(",\n" + " ".repeat(indent + 1), items) + "}";
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(pretty(item, indent + 1));
            }
            return "[" + String.join(",\n" + " ".repeat(indent + 1), items) + "]";
        }
        return flat;
    }

    /** Python's {@code repr}, with dict keys sorted as {@code pprint} sorts them. */
    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof Double number) {
            return pythonFloat(number);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof String text) {
            return pythonString(text);
        }
        if (value instanceof byte[] bytes) {
            return "b" + pythonString(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        if (value instanceof Map<?, ?> map) {
            List<String> items = new ArrayList<>();
            sorted(map).forEach((key, item) -> items.add(pythonString(key) + ": " + repr(item)));
            return "{" + String.join(", ", items) + "}";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(repr(item)));
            return "[" + String.join(", ", items) + "]";
        }
        return pythonString(value.toString());
    }

    /** JSON, indented by 2, as {@code json.dumps(value, indent=2, separators=(',', ': '))}. */
    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        json(value, 0, out);
        return out.toString();
    }

    private static void json(Object value, int indent, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double number) {
            out.append(number.isNaN() ? "NaN" : number.isInfinite() ? (number > 0 ? "Infinity" : "-Infinity")
                    : pythonFloat(number));
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{");
            String separator = "\n";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(" ".repeat(indent + 2)).append(jsonString(String.valueOf(entry.getKey())))
                        .append(": ");
                json(entry.getValue(), indent + 2, out);
                separator = ",\n";
            }
            out.append("\n").append(" ".repeat(indent)).append("}");
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[");
            String separator = "\n";
            for (Object item : list) {
                out.append(separator).append(" ".repeat(indent + 2));
                json(item, indent + 2, out);
                separator = ",\n";
            }
            out.append("\n").append(" ".repeat(indent)).append("]");
        } else {
            out.append(jsonString(value.toString()));
        }
    }

    private static Map<String, Object> sorted(Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
        return sorted;
    }

    /** Python's {@code repr(float)}: fixed notation for exponents -4..15 (timestamps), scientific otherwise. */
    private static String pythonFloat(double number) {
        if (Double.isNaN(number)) {
            return "nan";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "inf" : "-inf";
        }
        if (number == 0) {
            return 1 / number < 0 ? "-0.0" : "0.0";
        }
        // Double.toString has the shortest digits that read back, as repr; only the notation differs
        BigDecimal decimal = new BigDecimal(Double.toString(number)).stripTrailingZeros();
        int exponent = decimal.precision() - decimal.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = decimal.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (number < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        String plain = decimal.toPlainString();
        return plain.indexOf('.') >= 0 ? plain : plain + ".0";
    }

    private static String pythonString(String text) {
        char quote = text.contains("'") && !text.contains("\"") ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
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
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
