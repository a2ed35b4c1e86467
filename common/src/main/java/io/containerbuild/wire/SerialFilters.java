package io.containerbuild.wire;

import java.io.ObjectInputFilter;

/**
 * Defence in depth against Java deserialization. Nothing in Koji's dialect needs it, and 3.1.3 has two known
 * sinks (CVE-2016-5003 via {@code ex:serializable}, CVE-2019-17570 via {@code faultCause}) that this package keeps
 * closed; a JVM-wide filter that rejects every class also closes any sink a future change or library reopens.
 * Hosts call {@link #installRejectAll()} at start.
 */
public final class SerialFilters {

    /** Rejects any class; primitive data and array lengths alone stay undecided, which changes nothing. */
    private static final ObjectInputFilter REJECT_ALL = info ->
            info.serialClass() == null ? ObjectInputFilter.Status.UNDECIDED : ObjectInputFilter.Status.REJECTED;

    private SerialFilters() {
    }

    /**
     * Installs the reject-all filter as the JVM-wide serial filter. Calling it again is harmless.
     *
     * @throws IllegalStateException if a different JVM-wide filter is already in place (for example from
     *                               {@code -Djdk.serialFilter}); the JDK allows only one
     */
    public static synchronized void installRejectAll() {
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current == REJECT_ALL) {
            return;
        }
        if (current != null) {
            throw new IllegalStateException("a JVM-wide serial filter is already installed: " + current);
        }
        ObjectInputFilter.Config.setSerialFilter(REJECT_ALL);
    }

    /** Whether {@link #installRejectAll()} has installed its filter in this JVM. */
    public static boolean rejectAllInstalled() {
        return ObjectInputFilter.Config.getSerialFilter() == REJECT_ALL;
    }
}
