package io.containerbuild.hub.http;

import io.containerbuild.wire.CallMeta;
import io.containerbuild.wire.HeaderMap;
import io.containerbuild.wire.HttpReply;
import io.containerbuild.wire.RpcEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's side of {@code /kojihub}: hands the request to the transport-neutral {@link RpcEndpoint} and
 * writes its reply. Jetty core, no servlet API: the endpoint needs only the method, headers, peer
 * address and body stream.
 */
public final class XmlRpcHandler extends Handler.Abstract {
    private final RpcEndpoint endpoint;
    private final RawUploadReceiver uploads;

    public XmlRpcHandler(RpcEndpoint endpoint) {
        this(endpoint, null);
    }

    /** Koji tells a fast upload from a call by its content type alone; {@code uploads} may be null. */
    public XmlRpcHandler(RpcEndpoint endpoint, RawUploadReceiver uploads) {
        this.endpoint = endpoint;
        this.uploads = uploads;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        CallMeta call = new CallMeta(request.getMethod(), Request.getPathInContext(request),
                CallMeta.parseQuery(request.getHttpURI().getQuery()), headersOf(request), peerOf(request));
        long contentLength = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        HttpReply reply;
        try (InputStream body = Content.Source.asInputStream(request)) {
            reply = isUpload(request) ? uploads.receive(call, body) : endpoint.handle(call, contentLength, body);
        }
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> response.getHeaders().add(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.bodyLength());
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
        return true;
    }

    private boolean isUpload(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return uploads != null && "POST".equals(request.getMethod()) && type != null
                && type.split(";")[0].strip().equalsIgnoreCase(RawUploadReceiver.CONTENT_TYPE);
    }

    private static HeaderMap headersOf(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return HeaderMap.of(headers);
    }

    private static InetSocketAddress peerOf(Request request) {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet : InetSocketAddress.createUnresolved("unknown", 0);
    }
}
