package io.containerbuild.config;

import io.containerbuild.fault.ConfigurationError;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites INI text so that commons-configuration2 reads it the way Python's {@code ConfigParser}
 * (and so Koji) does, and rejects what ConfigParser rejects, with line numbers.
 *
 * <p>ConfigParser continues a value on every following line indented deeper than its key line,
 * keeping blank lines between; commons-configuration2 reads indented lines as new keys and only
 * knows a trailing {@code " \"} for continuation. So continuation lines are re-emitted in that form
 * (which joins them with newlines, as ConfigParser does), after stripping their inline comments
 * because commons-configuration2 would otherwise strip the continuation marker with the comment.
 * Full-line comments are dropped. A value that itself ends in {@code " \"} is rejected: commons
 * would read it as a continuation.
 */
final class ConfigParserLines {

    private final String source;
    private final List<String> out = new ArrayList<>();
    private boolean inSection;
    private boolean inValue;
    private int keyIndent;
    private int pendingBlanks;

    private ConfigParserLines(String source) {
        this.source = source;
    }

    /** The rewritten text; {@code source} names the file in errors. */
    static String rewrite(String text, String source) {
        ConfigParserLines lines = new ConfigParserLines(source);
        String[] physical = text.split("\r?\n|\r", -1);
        for (int i = 0; i < physical.length; i++) {
            lines.accept(physical[i], i + 1);
        }
        return String.join("\n", lines.out) + "\n";
    }

    private void accept(String line, int number) {
        String stripped = line.strip();
        if (stripped.startsWith("#") || stripped.startsWith(";")) {
            return;
        }
        if (stripped.isEmpty()) {
            if (inValue) {
                pendingBlanks++;
            }
            return;
        }
        int indent = line.length() - line.stripLeading().length();
        if (inValue && indent > keyIndent) {
            continueValue(stripped, number);
            return;
        }
        pendingBlanks = 0;
        if (stripped.startsWith("[")) {
            if (!stripped.endsWith("]") || stripped.length() < 3) {
                throw error(number, "malformed section header " + quote(stripped));
            }
            inSection = true;
            inValue = false;
            out.add(stripped);
            return;
        }
        int separator = separatorIndex(stripped);
        if (separator < 0) {
            throw error(number, "expected 'key = value', got " + quote(stripped));
        }
        if (separator == 0) {
            throw error(number, "empty key in " + quote(stripped));
        }
        if (!inSection) {
            throw error(number, quote(stripped.substring(0, separator).strip()) + " is outside of any [section]");
        }
        checkNoTrailingBackslash(stripped, number);
        inValue = true;
        keyIndent = indent;
        out.add(stripped);
    }

    private void continueValue(String stripped, int number) {
        String content = stripInlineComment(stripped);
        int last = out.size() - 1;
        out.set(last, stripInlineComment(out.get(last)) + " \\");
        for (; pendingBlanks > 0; pendingBlanks--) {
            out.add("\\");
        }
        checkNoTrailingBackslash(content, number);
        out.add(content);
    }

    private void checkNoTrailingBackslash(String text, int number) {
        String trimmed = text.strip();
        if (trimmed.equals("\\") || trimmed.endsWith("\\") && Character.isWhitespace(trimmed.charAt(trimmed.length() - 2))) {
            throw error(number, "a value may not end with a space and a backslash");
        }
    }

    // ConfigParser splits at the first '=' or ':'
    private static int separatorIndex(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    // commons-configuration2's rule: a '#' or ';' after whitespace starts a comment
    private static String stripInlineComment(String line) {
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == '#' || c == ';') && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line;
    }

    private static String quote(String text) {
        return "'" + text + "'";
    }

    private ConfigurationError error(int number, String message) {
        return new ConfigurationError(source + ": line " + number + ": " + message);
    }
}
