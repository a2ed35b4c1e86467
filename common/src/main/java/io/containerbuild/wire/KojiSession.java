package io.containerbuild.wire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conversation with a Koji hub, like Python's {@code koji.ClientSession}: anonymous until {@link #login}, then
 * every call carries the session and a rising call number. Faults are thrown as typed
 * {@link io.containerbuild.fault.KojiFault}s; failures to get an answer as {@link TransportException}.
 */
public interface KojiSession {

    /** Calls with positional arguments only, e.g. {@code call("getTaskInfo", 42)}; nulls go as {@code <nil/>}. */
    Object call(String method, Object... args);

    /** Calls with keyword arguments too, encoded as Koji's {@code __starstar} struct. */
    Object call(String method, List<?> args, Map<String, ?> keywords);

    /**
     * Runs several calls in one request. Each entry of the answer is the call's result or, for a call that
     * failed, the {@link io.containerbuild.fault.KojiFault} it raised (returned, not thrown).
     */
    List<Object> multiCall(List<Call> calls);

    /** Password login, as {@code login(user, password, opts=None)}; later calls carry the session. */
    SessionInfo login(String user, String password);

    /** Ends the session on the hub and forgets it; does nothing when not logged in. */
    void logout();

    /** Opens a subsession of this one (Koji's {@code subsession()}), as the builder does per task. */
    KojiSession subsession();

    Optional<SessionInfo> sessionInfo();

    /** The last {@code Koji-Version} the hub announced, if any. */
    Optional<String> hubVersion();
}
