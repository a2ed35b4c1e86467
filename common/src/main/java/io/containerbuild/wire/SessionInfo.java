package io.containerbuild.wire;

import io.containerbuild.fault.AuthError;
import java.util.Map;
import java.util.Objects;

/**
 * A logged-in Koji session: what {@code login}, {@code sslLogin} and {@code subsession} return as
 * {@code {'session-id': int, 'session-key': str, 'header-auth': True}}.
 */
public record SessionInfo(long sessionId, String sessionKey) {

    public SessionInfo {
        Objects.requireNonNull(sessionKey, "sessionKey");
    }

    /** Reads a login answer; anything without an id and a key means no session was obtained. */
    public static SessionInfo fromLoginResult(Object result) {
        if (result instanceof Map<?, ?> info
                && (info.get("session-id") instanceof Integer || info.get("session-id") instanceof Long)
                && info.get("session-key") instanceof String key) {
            return new SessionInfo(((Number) info.get("session-id")).longValue(), key);
        }
        throw new AuthError("unable to obtain a session");
    }
}
