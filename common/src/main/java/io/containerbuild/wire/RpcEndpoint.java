package io.containerbuild.wire;

import io.containerbuild.fault.KojiFault;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of the wire, independent of any HTTP server: an adapter hands over one request and sends back
 * the {@link HttpReply}. Answers follow Koji's hub: {@code 405} with {@code Allow: POST} for anything but POST;
 * {@code 413} for a body over the limit (announced or streamed); {@code 400} for a body that is not an
 * acceptable XML-RPC call (empty, malformed, a DOCTYPE, too deep, a forbidden type); {@code 408} when reading the
 * body times out; otherwise {@code 200} with a result or a fault, every one carrying {@code Koji-Version}.
 *
 * <p>It drives 3.1.3's parser and writer directly instead of {@code XmlRpcStreamServer.execute}, which closes
 * the connection without an answer when a result cannot be serialised, cannot express these statuses, and logs
 * every malformed request as a stack trace at ERROR. Here a result that cannot be encoded becomes a fault, and a
 * rejected request is one log line. There is no worker pool in between: the adapter's threads run the calls.
 * Thread-safe.
 */
public final class RpcEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(RpcEndpoint.class);

    /** The Python client parses this header as a tuple of ints, so nothing but digits and dots is allowed. */
    private static final Pattern NUMERIC_VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    private static final String METHOD_NOT_ALLOWED_TEXT =
            "Method Not Allowed\nThis is an XML-RPC server. Only POST requests are accepted.\n";

    private final RpcDispatcher dispatcher;
    private final WireCodec codec;
    private final String kojiVersion;

    /**
     * @param kojiVersion the hub version announced in every {@code Koji-Version} header, e.g. {@code 1.35.3}
     */
    public RpcEndpoint(RpcDispatcher dispatcher, WireLimits limits, String kojiVersion) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.codec = new WireCodec(limits);
        if (!NUMERIC_VERSION.matcher(kojiVersion).matches()) {
            throw new IllegalArgumentException("Koji-Version must be dotted numbers, not " + kojiVersion);
        }
        this.kojiVersion = kojiVersion;
    }

    /**
     * Handles one HTTP request.
     *
     * @param call          the HTTP side of the request
     * @param contentLength the announced body length, or -1 when unknown (chunked)
     * @param body          the request body; read at most up to the limit, never closed here
     */
    public HttpReply handle(CallMeta call, long contentLength, InputStream body) {
        if (!"POST".equals(call.httpMethod())) {
            return plainText(405, METHOD_NOT_ALLOWED_TEXT, kojiHeaders().with("Allow", "POST"));
        }
        long limit = codec.limits().maxBodyBytes();
        if (contentLength > limit) {
            LOG.warn("Refused a {}-byte request from {}: the limit is {} bytes",
                    contentLength, call.remoteAddress(), limit);
            return tooLarge(limit);
        }
        MethodCall decoded;
        try {
            decoded = codec.decodeCall(body);
        } catch (BodyTooLargeException e) {
            LOG.warn("Refused a request from {}: body exceeds {} bytes", call.remoteAddress(), limit);
            return tooLarge(limit);
        } catch (WireFormatException e) {
            LOG.warn("Refused a malformed request from {}: {}", call.remoteAddress(), e.getMessage());
            return plainText(400, e.getMessage() + "\n", kojiHeaders());
        } catch (SocketTimeoutException e) {
            LOG.warn("Timed out reading a request from {}: {}", call.remoteAddress(), e.getMessage());
            return plainText(408, e.getMessage() + "\n", kojiHeaders());
        } catch (IOException e) {
            LOG.warn("Could not read a request from {}: {}", call.remoteAddress(), e.toString());
            return plainText(400, e + "\n", kojiHeaders());
        }
        return xml(answer(decoded, call));
    }

    private byte[] answer(MethodCall call, CallMeta meta) {
        String method = call.methodName();
        try {
            Object result = dispatcher.dispatch(method, call.params(), meta);
            try {
                return codec.encodeResult(result);
            } catch (UnencodableValueException e) {
                LOG.warn("The result of {} cannot be sent: {}", method, e.getMessage());
                return codec.encodeFault(FaultTranslator.toWire(e));
            }
        } catch (KojiFault fault) {
            LOG.debug("{} answered {}", method, fault.display());
            return codec.encodeFault(FaultTranslator.toWire(fault));
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
                throw failure;
            }
            LOG.warn("{} failed", method, failure);
            return codec.encodeFault(FaultTranslator.toWire(failure));
        }
    }

    private HttpReply xml(byte[] body) {
        return new HttpReply(200, kojiHeaders().with("Content-Type", "text/xml"), body);
    }

    private HttpReply tooLarge(long limit) {
        // the rest of the body is never read, so the connection cannot be reused
        return plainText(413, "Request Entity Too Large\nrequest body exceeds " + limit + " bytes\n",
                kojiHeaders().with("Connection", "close"));
    }

    private HttpReply plainText(int status, String text, HeaderMap headers) {
        return new HttpReply(status, headers.with("Content-Type", "text/plain"), text.getBytes(StandardCharsets.UTF_8));
    }

    private HeaderMap kojiHeaders() {
        return HeaderMap.empty().with("Koji-Version", kojiVersion);
    }
}
