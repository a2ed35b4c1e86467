package io.containerbuild.hub.upload;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.http.RawUploadReceiver;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.rpc.IntrospectionApi;
import io.containerbuild.hub.rpc.SessionAuthenticator;
import io.containerbuild.hub.store.Store;
import io.containerbuild.wire.CallMeta;
import io.containerbuild.wire.FaultTranslator;
import io.containerbuild.wire.HeaderMap;
import io.containerbuild.wire.HttpReply;
import io.containerbuild.wire.WireCodec;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Koji's fast upload ({@code rawUpload}): {@code ?filename=&filepath=&fileverify=&offset=&overwrite=&volume=}
 * with the chunk as the body, answered {@code {size, fileverify, offset, hexdigest}}. Like any call it
 * carries the session headers and uses a call number, and it runs in one transaction with the session
 * check, so an upload cut off half-way leaves the call number free for the client's retry.
 */
public final class RawUploadEndpoint implements RawUploadReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(RawUploadEndpoint.class);
    /** The session check's name for this call: no method may repeat a call number with it. */
    private static final String METHOD = "rawUpload";

    private final Store store;
    private final SessionAuthenticator authenticator;
    private final UploadDirectories directories;
    private final UploadFiles files;
    private final WireCodec codec;

    @Inject
    public RawUploadEndpoint(Store store, SessionAuthenticator authenticator, UploadDirectories directories,
                             UploadFiles files, WireCodec codec) {
        this.store = store;
        this.authenticator = authenticator;
        this.directories = directories;
        this.files = files;
        this.codec = codec;
    }

    @Override
    public HttpReply receive(CallMeta call, InputStream body) {
        byte[] answer;
        try {
            Map<String, Object> result = store.database().inTransaction(connection -> {
                HubCaller caller = authenticator.authenticate(call, METHOD);
                return upload(caller, call, body);
            });
            answer = codec.encodeResult(result);
        } catch (KojiFault fault) {
            LOG.debug("rawUpload answered {}", fault.display());
            answer = codec.encodeFault(FaultTranslator.toWire(fault));
        } catch (RuntimeException failure) {
            LOG.warn("rawUpload failed", failure);
            answer = codec.encodeFault(FaultTranslator.toWire(failure));
        }
        HeaderMap headers = HeaderMap.empty().with("Koji-Version", IntrospectionApi.KOJI_VERSION)
                .with("Content-Type", "text/xml");
        return new HttpReply(200, headers, answer);
    }

    private Map<String, Object> upload(HubCaller caller, CallMeta call, InputStream body) {
        if (caller.account().isEmpty()) {
            throw new ActionNotAllowed("you must be logged-in to upload a file");
        }
        String name = call.queryParameter("filename")
                .orElseThrow(() -> new ParameterError("rawUpload: filename is required"));
        UploadPath path = UploadPath.of(call.queryParameter("filepath").orElse(""), name);
        WorkTree.requireKnownVolume(call.queryParameter("volume").orElse(null));
        long offset = offset(call.queryParameter("offset").orElse("0"));
        boolean overwrite = !call.queryParameter("overwrite").orElse("").isEmpty();
        Optional<Verification> verify = Verification.of(call.queryParameter("fileverify").orElse(""));
        UploadFiles.Chunk chunk = files.writeChunk(directories.forWriting(caller, path), path.relative(), body,
                offset, overwrite, verify);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("size", chunk.size());
        result.put("fileverify", chunk.fileverify());
        result.put("offset", chunk.offset());
        if (chunk.hexdigest() != null) {
            result.put("hexdigest", chunk.hexdigest());
        }
        return result;
    }

    private static long offset(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ParameterError("rawUpload: offset must be an integer, not " + text);
        }
    }
}
