package io.containerbuild.config;

import java.util.regex.Pattern;

/** How a configuration value separates list items. */
public enum ListSyntax {
    /** Koji's usual form, e.g. {@code Plugins = a b} or {@code allowed_scms}. */
    SPACES("\\s+"),
    /** Where Koji also accepts commas, e.g. arch lists: {@code x86_64, ppc64le}. */
    SPACES_OR_COMMAS("[\\s,]+");

    private final Pattern separator;

    ListSyntax(String separator) {
        this.separator = Pattern.compile(separator);
    }

    Pattern separator() {
        return separator;
    }
}
