package io.containerbuild.kojid;

import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.XmlRpcKojiSession;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's exclusive session on the hub, logged in the way kojid does it: {@code login},
 * {@code exclusiveSession(force)}, {@code echo("OK")}, {@code host.getID()}, {@code getSessionInfo()}.
 *
 * <p>A hub that forgets the session (restarted without it, or expired beyond renewal) answers
 * {@code AuthError}; the session is then replaced by a new login and the call made once more, which is safe
 * because a refused call did nothing. Transport failures are passed on and the session kept, since a hub that
 * comes back with its database still knows it. Used by the daemon's loop thread only, but safe for others.
 */
final class HostSession {
    private static final Logger LOG = LoggerFactory.getLogger(HostSession.class);

    private final KojidConfig config;
    private KojiSession session;
    private volatile int hostId = -1;
    private int logins;

    @Inject
    HostSession(KojidConfig config) {
        this.config = config;
    }

    /** Logs in unless already logged in. */
    synchronized void ensureConnected() {
        if (session == null) {
            connect();
        }
    }

    /** The host's id on the hub, once logged in; -1 before. */
    int hostId() {
        return hostId;
    }

    /** Counts logins, so that what was learnt about the hub can be learnt again after a new one. */
    synchronized int logins() {
        return logins;
    }

    synchronized Object call(String method, Object... args) {
        return call(method, Arrays.asList(args), Map.of());
    }

    synchronized Object call(String method, List<?> args, Map<String, ?> keywords) {
        ensureConnected();
        try {
            return session.call(method, args, keywords);
        } catch (AuthError refused) {
            LOG.warn("The hub refused the session during {} ({}); logging in again", method, refused.getMessage());
            session = null;
            connect();
            return session.call(method, args, keywords);
        }
    }

    /** Koji's per-task {@code subsession()} of the host session. */
    synchronized KojiSession subsession() {
        ensureConnected();
        try {
            return session.subsession();
        } catch (AuthError refused) {
            LOG.warn("The hub refused the session during subsession ({}); logging in again", refused.getMessage());
            session = null;
            connect();
            return session.subsession();
        }
    }

    /** Ends the session on the hub (and with it the task subsessions); does nothing when not logged in. */
    synchronized void logout() {
        if (session != null) {
            KojiSession ending = session;
            session = null;
            ending.logout();
        }
    }

    private void connect() {
        KojiSession fresh = XmlRpcKojiSession.open(config.hubOptions());
        fresh.login(config.user(), config.password());
        try {
            fresh.call("exclusiveSession", List.of(), Map.of("force", config.forceLock()));
            Object echo = fresh.call("echo", "OK");
            if (!List.of("OK").equals(echo)) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "the hub answered echo('OK') with " + echo);
            }
            Object id = fresh.call("host.getID");
            if (!(id instanceof Integer || id instanceof Long)) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "the hub answered host.getID() with " + id);
            }
            Object info = fresh.call("getSessionInfo");
            hostId = ((Number) id).intValue();
            session = fresh;
            logins++;
            LOG.info("Logged in to {} as {} (host {}, session {})", config.server(), config.user(), hostId,
                    info instanceof Map<?, ?> details ? details.get("id") : "?");
        } catch (RuntimeException e) {
            try {
                fresh.logout();
            } catch (RuntimeException ignored) {
                // the failure that matters is the first one
            }
            throw e;
        }
    }
}
