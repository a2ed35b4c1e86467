package io.containerbuild.hub.store;

import java.time.Instant;

/**
 * A login session (Koji's {@code sessions} row). {@code master} is null for a top session and the
 * top session's id for a subsession; {@code callnum} is null until the first call after login or
 * renewal; {@code renewTime} is null until the session is renewed.
 */
public record Session(
        int id,
        int userId,
        String key,
        Integer master,
        AuthType authtype,
        String hostip,
        Integer callnum,
        boolean exclusive,
        Instant startTime,
        Instant updateTime,
        Instant renewTime,
        boolean expired,
        boolean closed) {

    /** Usable for calls: neither logged out nor expired. */
    public boolean active() {
        return !expired && !closed;
    }
}
