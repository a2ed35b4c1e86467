package io.containerbuild.hub.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at semicolons, leaving semicolons inside quoted text
 * alone and dropping {@code --} comments. JDBC runs one statement at a time on both databases.
 */
final class SqlScript {
    private SqlScript() {}

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end;
            } else if (c == '\'' || c == '"') {
                int end = closingQuote(script, i);
                statement.append(script, i, end + 1);
                i = end + 1;
            } else if (c == ';') {
                addIfNotBlank(statements, statement);
                statement.setLength(0);
                i++;
            } else {
                statement.append(c);
                i++;
            }
        }
        addIfNotBlank(statements, statement);
        return statements;
    }

    /** The index of the quote that closes the one at {@code start}; a doubled quote is an escaped one. */
    private static int closingQuote(String script, int start) {
        char quote = script.charAt(start);
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated quote starting at offset " + start);
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            statements.add(text);
        }
    }
}
