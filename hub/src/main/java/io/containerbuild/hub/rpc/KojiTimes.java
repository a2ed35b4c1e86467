package io.containerbuild.hub.rpc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Koji's hub never sends {@code dateTime.iso8601}: every time goes out as an ISO string with a space
 * ({@code 2026-11-26 15:57:48.602456+00:00}) beside a float {@code *_ts} of epoch seconds. Both are
 * nil when the time is unset.
 */
public final class KojiTimes {
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);
    /** Python's {@code isoformat} leaves the fraction out when it is zero. */
    private static final DateTimeFormatter WHOLE_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private KojiTimes() {}

    public static String text(Instant time) {
        if (time == null) {
            return null;
        }
        return time.getNano() / 1000 == 0 ? WHOLE_SECONDS.format(time) : MICROS.format(time);
    }

    public static Double ts(Instant time) {
        return time == null ? null : time.getEpochSecond() + time.getNano() / 1e9;
    }
}
