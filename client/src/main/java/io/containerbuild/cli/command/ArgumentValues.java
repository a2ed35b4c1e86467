package io.containerbuild.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How Koji's client turns command-line text into call arguments. {@link #filter} is Koji's {@code arg_filter}:
 * an integer, else a float, else {@code None}/{@code True}/{@code False}, else the text. {@link #pythonLiteral}
 * reads Python literals as {@code ast.literal_eval} does, for {@code call --python}: strings, numbers, {@code None},
 * booleans, lists, tuples and dicts.
 */
public final class ArgumentValues {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private ArgumentValues() {
    }

    public static Object filter(String text) {
        String trimmed = text.strip();
        if (INTEGER.matcher(trimmed).matches()) {
            return integer(trimmed);
        }
        if (FLOAT.matcher(trimmed).matches()) {
            return Double.parseDouble(trimmed);
        }
        return switch (text) {
            case "None" -> null;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            default -> text;
        };
    }

    /** @throws IllegalArgumentException saying where the text stops being a literal */
    public static Object pythonLiteral(String text) {
        LiteralReader reader = new LiteralReader(text);
        Object value = reader.value();
        reader.skipSpace();
        if (!reader.atEnd()) {
            throw reader.problem("unexpected text");
        }
        return value;
    }

    private static Object integer(String digits) {
        long value;
        try {
            value = Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
        } catch (NumberFormatException tooLarge) {
            return Double.parseDouble(digits);
        }
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }

    /** A small recursive-descent reader for Python literals. */
    private static final class LiteralReader {
        private final String text;
        private int at;

        LiteralReader(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            if (atEnd()) {
                throw problem("a value is missing");
            }
            char c = text.charAt(at);
            if (c == '\'' || c == '"') {
                return string();
            }
            if (c == '[') {
                return sequence('[', ']');
            }
            if (c == '(') {
                return sequence('(', ')');
            }
            if (c == '{') {
                return dict();
            }
            return word();
        }

        private String string() {
            char quote = text.charAt(at++);
            StringBuilder result = new StringBuilder();
            while (!atEnd() && text.charAt(at) != quote) {
                char c = text.charAt(at++);
                if (c == '\\' && !atEnd()) {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> result.append('\n');
                        case 't' -> result.append('\t');
                        case 'r' -> result.append('\r');
                        case '0' -> result.append('\0');
                        default -> result.append(escaped);
                    }
                } else {
                    result.append(c);
                }
            }
            if (atEnd()) {
                throw problem("unterminated string");
            }
            at++;
            return result.toString();
        }

        private List<Object> sequence(char open, char close) {
            at++;
            List<Object> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (!atEnd() && text.charAt(at) == close) {
                    at++;
                    return items;
                }
                items.add(value());
                skipSpace();
                if (!atEnd() && text.charAt(at) == ',') {
                    at++;
                } else if (atEnd() || text.charAt(at) != close) {
                    throw problem("expected , or " + close);
                }
            }
        }

        private Map<String, Object> dict() {
            at++;
            Map<String, Object> entries = new LinkedHashMap<>();
            while (true) {
                skipSpace();
                if (!atEnd() && text.charAt(at) == '}') {
                    at++;
                    return entries;
                }
                Object key = value();
                skipSpace();
                if (atEnd() || text.charAt(at) != ':') {
                    throw problem("expected :");
                }
                at++;
                // XML-RPC structs have string keys only, as Koji's marshaller insists
                entries.put(String.valueOf(key), value());
                skipSpace();
                if (!atEnd() && text.charAt(at) == ',') {
                    at++;
                } else if (atEnd() || text.charAt(at) != '}') {
                    throw problem("expected , or }");
                }
            }
        }

        private Object word() {
            int start = at;
            while (!atEnd() && "[](){},: \t\n".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.substring(start, at);
            switch (word) {
                case "None":
                    return null;
                case "True":
                    return Boolean.TRUE;
                case "False":
                    return Boolean.FALSE;
                default:
                    if (INTEGER.matcher(word).matches()) {
                        return integer(word);
                    }
                    if (FLOAT.matcher(word).matches()) {
                        return Double.parseDouble(word);
                    }
                    at = start;
                    throw problem("not a Python literal: " + (word.isEmpty() ? text.substring(start) : word));
            }
        }

        void skipSpace() {
            while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean atEnd() {
            return at >= text.length();
        }

        IllegalArgumentException problem(String what) {
            return new IllegalArgumentException(what + " at position " + at + " of " + text);
        }
    }
}
