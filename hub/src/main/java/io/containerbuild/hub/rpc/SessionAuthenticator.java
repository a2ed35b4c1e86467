package io.containerbuild.hub.rpc;

import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.AuthExpired;
import io.containerbuild.fault.RetryError;
import io.containerbuild.fault.SequenceError;
import io.containerbuild.hub.store.Session;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserStatus;
import io.containerbuild.wire.CallMeta;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the session of a call, Koji's way: the {@code Koji-Session-Id}, {@code Koji-Session-Key} and
 * {@code Koji-Session-Callnum} headers, or the {@code session-id}, {@code session-key} and
 * {@code callnum} query parameters of clients older than Koji 1.31. No session means an anonymous
 * call. The call number must rise: a lower one is a SequenceError, the same one a RetryError,
 * except for the methods Koji lets builders repeat.
 */
public final class SessionAuthenticator {
    /** Koji's {@code SessionRenewalTimeout} default: 1440 minutes. */
    static final Duration RENEWAL_TIMEOUT = Duration.ofDays(1);
    private static final Set<String> RETRYABLE = Set.of("host.taskWait", "host.taskUnwait", "host.taskSetWait",
            "host.updateHost", "host.setBuildRootState", "repoExpire", "repoDelete", "repoProblem");

    private final Store store;
    private final Clock clock;

    @Inject
    public SessionAuthenticator(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Runs inside the call's transaction, so a call that fails leaves the call number unused. */
    public HubCaller authenticate(CallMeta call, String method) {
        Optional<String> id = parameter(call, "Koji-Session-Id", "session-id");
        if (id.isEmpty()) {
            return HubCaller.anonymous(store.permissions());
        }
        Session session = parseInt(id.get())
                .flatMap(store.sessions()::get)
                .filter(found -> found.key().equals(parameter(call, "Koji-Session-Key", "session-key").orElse(null)))
                .filter(found -> !found.closed())
                .orElseThrow(() -> new AuthError("Invalid session or bad credentials"));
        if (session.expired() || expiredBy(session, clock.instant())) {
            if (!"login".equals(method)) {
                throw new AuthExpired("session \"" + session.id() + "\" has expired");
            }
        }
        User user = store.users().get(session.userId())
                .filter(account -> account.status() == UserStatus.NORMAL)
                .orElseThrow(() -> new AuthError("Invalid session or bad credentials"));
        if (!"login".equals(method)) {
            // a renewing login starts a fresh sequence, so its own number is not checked
            parameter(call, "Koji-Session-Callnum", "callnum").flatMap(SessionAuthenticator::parseInt)
                    .ifPresent(callnum -> checkSequence(session, callnum, method));
        }
        return HubCaller.of(session, user, store.permissions());
    }

    private void checkSequence(Session session, int callnum, String method) {
        Integer last = session.callnum();
        if (last != null && callnum < last) {
            throw new SequenceError(last + " > " + callnum + " (session " + session.id() + ")");
        }
        if (last != null && callnum == last) {
            if (RETRYABLE.contains(method)) {
                return;
            }
            throw new RetryError("unable to retry call " + callnum + " (method " + method + ") for session "
                    + session.id());
        }
        if (!store.sessions().advanceCallnum(session.id(), callnum)) {
            // another call with this number got there first
            throw new RetryError("unable to retry call " + callnum + " (method " + method + ") for session "
                    + session.id());
        }
    }

    private static boolean expiredBy(Session session, Instant now) {
        Instant since = session.renewTime() != null ? session.renewTime() : session.startTime();
        return since.plus(RENEWAL_TIMEOUT).isBefore(now);
    }

    private static Optional<String> parameter(CallMeta call, String header, String query) {
        Optional<String> fromHeader = call.headers().first(header);
        return fromHeader.isPresent() ? fromHeader : call.queryParameter(query);
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
