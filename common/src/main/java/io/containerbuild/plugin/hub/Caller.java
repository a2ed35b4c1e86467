package io.containerbuild.plugin.hub;

import java.util.Optional;

/** Who makes the current hub call, and what they may do (Koji's {@code context.session}). */
public interface Caller {

    /** Empty for an anonymous call. */
    Optional<CallerUser> user();

    /** Exact membership, like Koji's {@code hasPerm}: {@code admin} does not stand in. */
    boolean hasPerm(String permission);

    /**
     * Like Koji's {@code assertPerm}: passes with the permission or with {@code admin}, otherwise
     * throws ActionNotAllowed {@code "<permission> permission required (logged in as <name>)"}.
     */
    void assertPerm(String permission);
}
