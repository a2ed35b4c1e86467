package io.containerbuild.hub.http;

import io.containerbuild.wire.CallMeta;
import io.containerbuild.wire.HttpReply;
import java.io.InputStream;

/**
 * Takes Koji's fast uploads: a POST to the hub URL with {@code Content-Type: application/octet-stream},
 * the file's place in the query string and a chunk of it as the body. The reply is an ordinary
 * XML-RPC methodResponse, so clients read it like any call's answer.
 */
@FunctionalInterface
public interface RawUploadReceiver {
    String CONTENT_TYPE = "application/octet-stream";

    /** Handles one upload; the body is read to its end or until the upload is refused. */
    HttpReply receive(CallMeta call, InputStream body);
}
