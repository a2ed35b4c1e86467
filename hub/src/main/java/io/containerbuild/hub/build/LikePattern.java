package io.containerbuild.hub.build;

/**
 * Koji's glob and prefix searches as SQL {@code LIKE} patterns, matched case-insensitively as
 * Koji's {@code ILIKE}. In a glob, {@code *} and {@code ?} are the only wildcards; a prefix has
 * none. Every other character, {@code %} and {@code _} included, stands for itself.
 */
final class LikePattern {
    private LikePattern() {}

    /** The SQL condition for a column; bind the pattern as its one parameter. */
    static String condition(String column) {
        return "LOWER(" + column + ") LIKE LOWER(?) ESCAPE '\\'";
    }

    static String glob(String glob) {
        StringBuilder like = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> like.append('%');
                case '?' -> like.append('_');
                default -> appendLiteral(like, c);
            }
        }
        return like.toString();
    }

    static String prefix(String prefix) {
        StringBuilder like = new StringBuilder();
        for (char c : prefix.toCharArray()) {
            appendLiteral(like, c);
        }
        return like.append('%').toString();
    }

    private static void appendLiteral(StringBuilder like, char c) {
        if (c == '%' || c == '_' || c == '\\') {
            like.append('\\');
        }
        like.append(c);
    }
}
