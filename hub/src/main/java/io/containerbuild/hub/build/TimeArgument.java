package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import io.containerbuild.fault.ParameterError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * The time filters of {@code listBuilds} ({@code createdBefore}, {@code completeAfter}, ...):
 * seconds since the epoch, or an ISO text such as {@code 2024-01-31 12:00:00}. A text without an
 * offset is taken as UTC, the hub's time zone.
 */
final class TimeArgument {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();

    private TimeArgument() {}

    /** Null for a missing (or, as in Koji, falsy) value. */
    static Instant parse(String name, Object value) {
        if (value == null || Boolean.FALSE.equals(value) || "".equals(value)) {
            return null;
        }
        if (value instanceof Number number && !(value instanceof Boolean)) {
            double seconds = number.doubleValue();
            long whole = (long) Math.floor(seconds);
            return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
        }
        if (value instanceof String text) {
            return parseText(name, text.strip());
        }
        throw new ParameterError("listBuilds(): " + name + " must be a time, not " + PythonText.typeName(value));
    }

    private static Instant parseText(String name, String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            var parsed = LOCAL.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime withOffset
                    ? withOffset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ParameterError("listBuilds(): " + name + " is not a time: " + PythonText.repr(text));
        }
    }
}
