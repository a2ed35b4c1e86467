package io.containerbuild.builderplugin.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The word rules Docker applies to the arguments of {@code LABEL}, {@code ENV} and {@code ARG}:
 * splitting at unquoted white space, then removing quotes and backslashes while substituting
 * {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-word}} and {@code ${NAME:+word}}. Single quotes
 * keep everything literal; in double quotes a backslash only escapes {@code "}, {@code $} and
 * {@code \}. An undefined variable expands to nothing, as in Docker and dockerfile-parse.
 */
final class ShellWords {

    private ShellWords() {
    }

    /** The words of an instruction's arguments, quotes and escapes still in place. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            word.append(c);
            if (c == '\\' && quote != '\'' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The word with quotes and escapes removed and variables substituted.
     *
     * @param variables a variable's value, or null when it is not defined
     */
    static String expand(String word, Function<String, String> variables) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    out.append(c);
                }
                i++;
            } else if (c == '\\' && i + 1 < word.length()) {
                char next = word.charAt(i + 1);
                if (quote == '"' && next != '"' && next != '$' && next != '\\') {
                    out.append(c);
                }
                out.append(next);
                i += 2;
            } else if (c == '$') {
                i = substitute(word, i, variables, out);
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
                i++;
            } else if (c == quote) {
                quote = 0;
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Appends the expansion of the reference at {@code dollar}; returns the index after it. */
    private static int substitute(String word, int dollar, Function<String, String> variables, StringBuilder out) {
        int i = dollar + 1;
        if (i < word.length() && word.charAt(i) == '{') {
            int close = closingBrace(word, i + 1);
            int nameEnd = nameEnd(word, i + 1);
            if (close < 0 || nameEnd == i + 1) {
                // not a reference Docker would accept; keep the text as written
                out.append('$');
                return dollar + 1;
            }
            String value = variables.apply(word.substring(i + 1, nameEnd));
            String modifier = word.substring(nameEnd, close);
            if (modifier.startsWith(":-")) {
                out.append(value == null || value.isEmpty() ? expand(modifier.substring(2), variables) : value);
            } else if (modifier.startsWith(":+")) {
                out.append(value == null || value.isEmpty() ? "" : expand(modifier.substring(2), variables));
            } else if (modifier.isEmpty()) {
                out.append(value == null ? "" : value);
            } else {
                out.append(word, dollar, close + 1);
            }
            return close + 1;
        }
        int nameEnd = nameEnd(word, i);
        if (nameEnd == i) {
            out.append('$');
            return i;
        }
        String value = variables.apply(word.substring(i, nameEnd));
        out.append(value == null ? "" : value);
        return nameEnd;
    }

    private static int nameEnd(String word, int start) {
        int end = start;
        while (end < word.length() && (Character.isLetterOrDigit(word.charAt(end)) || word.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private static int closingBrace(String word, int start) {
        int depth = 0;
        for (int i = start; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
