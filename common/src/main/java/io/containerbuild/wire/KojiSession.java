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

    /**
     * Sends one chunk of a file to the hub's upload area, as Koji's {@code rawUpload} (fast upload) does: an HTTP
     * POST of the raw bytes to the hub URL with {@code filename}, {@code filepath}, {@code fileverify=adler32},
     * {@code offset} and, when asked, {@code overwrite=1} in the query, carrying the session headers and using up
     * one call number. The hub writes the chunk at {@code offset} (truncating the file there) and answers what it
     * wrote; check it with {@link UploadReceipt#confirms}.
     *
     * @param path      the upload directory relative to the hub's work area, e.g. {@code tasks/42/10042}
     * @param name      the file name, without directories
     * @param offset    where the chunk goes; {@code -1} appends
     * @param chunk     the bytes, possibly none (which creates the file)
     * @param overwrite whether an existing file may be written from offset 0 again
     */
    UploadReceipt rawUpload(String path, String name, long offset, byte[] chunk, boolean overwrite);

    /** Opens a subsession of this one (Koji's {@code subsession()}), as the builder does per task. */
    KojiSession subsession();

    Optional<SessionInfo> sessionInfo();

    /** The last {@code Koji-Version} the hub announced, if any. */
    Optional<String> hubVersion();
}
