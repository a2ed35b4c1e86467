package io.containerbuild.cli.command;

import java.util.regex.Pattern;

/**
 * The {@code --before}/{@code --after} values: seconds since the epoch go as a number, anything else (a date such as
 * {@code 2024-01-31} or {@code "2024-01-31 12:00:00"}) as text, which the hub parses, as Koji's {@code listTasks}
 * and {@code listBuilds} accept both.
 */
final class TimeValue {

    static final String HELP = "seconds since the epoch, or a date/time such as 2024-01-31 or '2024-01-31 12:00'";

    private static final Pattern EPOCH = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private TimeValue() {
    }

    static Object of(String text) {
        if (text == null) {
            return null;
        }
        return EPOCH.matcher(text).matches() ? (Object) Double.valueOf(text) : text;
    }
}
