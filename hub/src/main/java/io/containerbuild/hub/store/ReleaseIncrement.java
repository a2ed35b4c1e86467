package io.containerbuild.hub.store;

import io.containerbuild.fault.BuildError;
import java.math.BigInteger;

/**
 * Koji's {@code getNextRelease} arithmetic on the release of the last build of a name and version:
 * none gives {@code incr} ("1"); {@code N} gives N+incr; {@code N.dist} gives (N+incr).dist;
 * {@code date.nightly.N} gives date.nightly.(N+incr); anything else is a BuildError.
 */
final class ReleaseIncrement {
    private ReleaseIncrement() {}

    static String next(String lastRelease, int incr) {
        if (lastRelease == null || lastRelease.isEmpty()) {
            return Integer.toString(incr);
        }
        String[] parts = lastRelease.split("\\.", -1);
        if (parts.length == 1 && isNumber(parts[0])) {
            return add(parts[0], incr);
        }
        if (parts.length == 2 && isNumber(parts[0])) {
            return add(parts[0], incr) + "." + parts[1];
        }
        if (parts.length == 3 && isNumber(parts[0]) && parts[1].equals("nightly") && isNumber(parts[2])) {
            return parts[0] + "." + parts[1] + "." + add(parts[2], incr);
        }
        throw new BuildError("Unable to increment release value: " + lastRelease);
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String add(String number, int incr) {
        return new BigInteger(number).add(BigInteger.valueOf(incr)).toString();
    }
}
