package io.containerbuild.osbs.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits the arguments of {@code LABEL}, {@code ENV} and {@code ARG} the way the Docker builder does:
 * whitespace separates words, double and single quotes group, a backslash escapes the next character
 * (but not inside single quotes). Also expands {@code $VAR}, {@code ${VAR}} and {@code ${VAR:-default}}.
 */
final class DockerfileWords {

    private DockerfileWords() {
    }

    /** A word with its quotes removed, and whether it referred to a variable. */
    record Word(String text, boolean hasVariables) {
    }

    /** The words, each unquoted and expanded with {@code variables}. */
    static List<Word> split(String arguments, Map<String, String> variables) {
        List<Word> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inWord = false;
        boolean variablesSeen = false;
        int i = 0;
        while (i < arguments.length()) {
            char c = arguments.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(new Word(current.toString(), variablesSeen));
                    current.setLength(0);
                    inWord = false;
                    variablesSeen = false;
                }
                i++;
                continue;
            }
            inWord = true;
            if (c == '\'') {
                int end = arguments.indexOf('\'', i + 1);
                end = end < 0 ? arguments.length() : end;
                current.append(arguments, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i++;
                while (i < arguments.length() && arguments.charAt(i) != '"') {
                    char q = arguments.charAt(i);
                    if (q == '\\' && i + 1 < arguments.length()) {
                        current.append(arguments.charAt(i + 1));
                        i += 2;
                    } else if (q == '$') {
                        i = expand(arguments, i, variables, current);
                        variablesSeen = true;
                    } else {
                        current.append(q);
                        i++;
                    }
                }
                i++;
            } else if (c == '\\' && i + 1 < arguments.length()) {
                current.append(arguments.charAt(i + 1));
                i += 2;
            } else if (c == '$') {
                i = expand(arguments, i, variables, current);
                variablesSeen = true;
            } else {
                current.append(c);
                i++;
            }
        }
        if (inWord) {
            words.add(new Word(current.toString(), variablesSeen));
        }
        return words;
    }

    /** Expands the reference at {@code start} (a {@code $}) into {@code out}; returns the index after it. */
    private static int expand(String text, int start, Map<String, String> variables, StringBuilder out) {
        int i = start + 1;
        if (i < text.length() && text.charAt(i) == '{') {
            int end = text.indexOf('}', i);
            if (end < 0) {
                out.append(text, start, text.length());
                return text.length();
            }
            String inner = text.substring(i + 1, end);
            int dash = inner.indexOf(":-");
            String name = dash < 0 ? inner : inner.substring(0, dash);
            String value = variables.get(name);
            if ((value == null || value.isEmpty()) && dash >= 0) {
                value = inner.substring(dash + 2);
            }
            out.append(value == null ? "" : value);
            return end + 1;
        }
        int end = i;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        if (end == i) {
            out.append('$');
            return i;
        }
        String value = variables.get(text.substring(i, end));
        out.append(value == null ? "" : value);
        return end;
    }

    /** {@code value} as a double-quoted Dockerfile word. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\' || c == '$') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }
}
