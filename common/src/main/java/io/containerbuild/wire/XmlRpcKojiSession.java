package io.containerbuild.wire;

import io.containerbuild.fault.AuthExpired;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcHttpTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link KojiSession} on Apache XML-RPC 3.1.3, behaving like Python's {@code koji.ClientSession} on the wire:
 * {@code User-Agent: koji/1}; keyword arguments as a {@code __starstar} struct; after login the headers
 * {@code Koji-Session-Id}, {@code Koji-Session-Key} and {@code Koji-Session-Callnum} on every request, the call
 * number starting at 0 and rising by one per request; on {@code AuthExpired} (1007) one re-login with
 * {@code renew=True} and one retry of the call. Unlike Python's client it does not resend calls after connection
 * errors; a {@link TransportException} reaches the caller. {@link #rawUpload} posts with the JDK's
 * {@link HttpURLConnection}, as the XML-RPC transport does, so both share its keep-alive connections.
 *
 * <p>Thread-safe, but calls on one session are serialised: the hub refuses call numbers that arrive out of
 * order, so requests of one session must not overlap. Use one session (or {@link #subsession()}) per thread for
 * parallel work.
 */
public final class XmlRpcKojiSession implements KojiSession {

    private static final Logger LOG = LoggerFactory.getLogger(XmlRpcKojiSession.class);

    private final ClientOptions options;
    private final URL hubUrl;
    private final XmlRpcClient client;
    private final WireCodec codec;

    private SessionInfo session;
    private long callnum;
    private Credentials credentials;
    private volatile String hubVersion;

    private XmlRpcKojiSession(ClientOptions options, SessionInfo session) {
        this.options = Objects.requireNonNull(options, "options");
        try {
            this.hubUrl = options.hubUrl().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a usable hub URL: " + options.hubUrl(), e);
        }
        WireCodec codec = new WireCodec(options.responseLimits());
        XmlRpcClient rpc = new XmlRpcClient();
        rpc.setTypeFactory(codec.typeFactory());
        rpc.setXmlWriterFactory(codec.writerFactory());
        rpc.setTransportFactory(() -> new KojiHttpTransport(rpc, codec));
        this.client = rpc;
        this.codec = codec;
        this.session = session;
    }

    /** An anonymous session. */
    public static XmlRpcKojiSession open(ClientOptions options) {
        return new XmlRpcKojiSession(options, null);
    }

    /** Continues an existing session, as {@code ClientSession(url, opts, sinfo)} does; call numbers restart at 0. */
    public static XmlRpcKojiSession resume(ClientOptions options, SessionInfo session) {
        return new XmlRpcKojiSession(options, Objects.requireNonNull(session, "session"));
    }

    @Override
    public Object call(String method, Object... args) {
        return call(method, Arrays.asList(args), Map.of());
    }

    @Override
    public synchronized Object call(String method, List<?> args, Map<String, ?> keywords) {
        List<Object> params = KeywordArgs.encode(args, keywords);
        try {
            return send(method, params);
        } catch (AuthExpired expired) {
            if (session == null || credentials == null) {
                throw expired;
            }
            LOG.info("Session {} expired during {}; renewing it", session.sessionId(), method);
            renew();
            return send(method, params);
        }
    }

    @Override
    public List<Object> multiCall(List<Call> calls) {
        List<Object> structs = calls.stream().<Object>map(Call::toStruct).toList();
        if (!(call("multiCall", List.of(structs), Map.of()) instanceof List<?> answers)
                || answers.size() != calls.size()) {
            throw new TransportException("the hub's multiCall answer does not match the " + calls.size()
                    + " calls sent", null);
        }
        List<Object> results = new ArrayList<>(answers.size());
        for (Object answer : answers) {
            if (answer instanceof List<?> single && single.size() == 1) {
                results.add(single.get(0));
            } else {
                results.add(WireFault.fromStruct(answer).map(FaultTranslator::fromWire).orElseThrow(() ->
                        new TransportException("unexpected multiCall entry: " + answer, null)));
            }
        }
        return Collections.unmodifiableList(results);
    }

    @Override
    public synchronized SessionInfo login(String user, String password) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("opts", null);
        SessionInfo info = SessionInfo.fromLoginResult(send("login", KeywordArgs.encode(List.of(user, password),
                keywords)));
        adopt(info);
        credentials = new Credentials(user, password);
        return info;
    }

    @Override
    public synchronized void logout() {
        if (session == null) {
            return;
        }
        try {
            Map<String, Object> keywords = new LinkedHashMap<>();
            keywords.put("session_id", null);
            try {
                send("logout", KeywordArgs.encode(List.of(), keywords));
            } catch (ParameterError olderHub) {
                // hubs before logout(session_id=None) take no arguments
                send("logout", List.of());
            }
        } catch (AuthExpired expired) {
            // the session is gone already, e.g. replaced by a forced exclusive session
            LOG.debug("Session {} had expired before logout", session.sessionId());
        }
        session = null;
        credentials = null;
    }

    @Override
    public synchronized UploadReceipt rawUpload(String path, String name, long offset, byte[] chunk,
                                                boolean overwrite) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chunk, "chunk");
        try {
            return UploadReceipt.fromStruct(postChunk(path, name, offset, chunk, overwrite));
        } catch (AuthExpired expired) {
            if (session == null || credentials == null) {
                throw expired;
            }
            LOG.info("Session {} expired during rawUpload; renewing it", session.sessionId());
            renew();
            return UploadReceipt.fromStruct(postChunk(path, name, offset, chunk, overwrite));
        }
    }

    @Override
    public synchronized KojiSession subsession() {
        return resume(options, SessionInfo.fromLoginResult(send("subsession", List.of())));
    }

    @Override
    public synchronized Optional<SessionInfo> sessionInfo() {
        return Optional.ofNullable(session);
    }

    @Override
    public Optional<String> hubVersion() {
        return Optional.ofNullable(hubVersion);
    }

    /** Koji's renewal: the same login again with {@code renew=True}, sent within the expired session. */
    private void renew() {
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("opts", null);
        keywords.put("renew", Boolean.TRUE);
        adopt(SessionInfo.fromLoginResult(send("login",
                KeywordArgs.encode(List.of(credentials.user(), credentials.password()), keywords))));
    }

    private void adopt(SessionInfo info) {
        session = info;
        callnum = 0;
    }

    private Object send(String method, List<Object> params) {
        CallConfig config = new CallConfig(hubUrl, options, nextSessionHeaders());
        try {
            return client.execute(config, method, params);
        } catch (FaultResponseException fault) {
            throw FaultTranslator.fromWire(fault.fault());
        } catch (XmlRpcHttpTransportException e) {
            throw new TransportException(method + ": the hub answered HTTP " + e.getStatusCode() + " "
                    + e.getStatusMessage(), e.getStatusCode(), e);
        } catch (XmlRpcException e) {
            throw failure(method, e);
        } finally {
            config.hubVersion().ifPresent(version -> hubVersion = version);
        }
    }

    /** The session headers for the next request, which uses up a call number; none when anonymous. */
    private Map<String, String> nextSessionHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (session != null) {
            headers.put("Koji-Session-Id", Long.toString(session.sessionId()));
            headers.put("Koji-Session-Key", session.sessionKey());
            headers.put("Koji-Session-Callnum", Long.toString(callnum++));
        }
        return headers;
    }

    /** Koji's {@code _prepUpload} and the POST: the answer is an ordinary XML-RPC response. */
    private Object postChunk(String path, String name, long offset, byte[] chunk, boolean overwrite) {
        Map<String, String> headers = nextSessionHeaders();
        StringBuilder query = new StringBuilder()
                .append("filename=").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append("&filepath=").append(URLEncoder.encode(path, StandardCharsets.UTF_8))
                .append("&fileverify=adler32")
                .append("&offset=").append(offset);
        if (overwrite) {
            query.append("&overwrite=1");
        }
        String base = hubUrl.toString();
        HttpURLConnection http = null;
        try {
            http = (HttpURLConnection) new URL(base + (base.contains("?") ? "&" : "?") + query).openConnection();
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setUseCaches(false);
            http.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()));
            http.setReadTimeout((int) Math.min(Integer.MAX_VALUE, options.replyTimeout().toMillis()));
            http.setRequestProperty("User-Agent", "koji/1");
            http.setRequestProperty("Content-Type", "application/octet-stream");
            headers.forEach(http::setRequestProperty);
            http.setFixedLengthStreamingMode(chunk.length);
            try (OutputStream out = http.getOutputStream()) {
                out.write(chunk);
            }
            int status = http.getResponseCode();
            String version = http.getHeaderField("Koji-Version");
            if (version != null) {
                hubVersion = version;
            }
            if (status != HttpURLConnection.HTTP_OK) {
                discard(http.getErrorStream());
                throw new TransportException("rawUpload: the hub answered HTTP " + status + " "
                        + http.getResponseMessage(), status, null);
            }
            DecodedResponse response;
            try (InputStream body = http.getInputStream()) {
                response = codec.decodeResponse(body);
            }
            if (response.isFault()) {
                throw FaultTranslator.fromWire(response.fault());
            }
            return response.value();
        } catch (WireFormatException e) {
            throw new TransportException("rawUpload: unacceptable answer from the hub: " + e.getMessage(), e);
        } catch (IOException e) {
            if (http != null) {
                http.disconnect();
            }
            throw new TransportException("rawUpload: " + e.getMessage(), e);
        }
    }

    private static void discard(InputStream body) {
        if (body == null) {
            return;
        }
        try (body) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the connection is dropped instead of reused; nothing else depends on it
        }
    }

    private static RuntimeException failure(String method, XmlRpcException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnencodableValueException unencodable) {
                // the caller passed something Koji's dialect cannot carry: a bug, not a transport problem
                return unencodable;
            }
            if (cause instanceof KojiFault fault) {
                return fault;
            }
        }
        return new TransportException(method + ": " + e.getMessage(), e);
    }

    private record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + ", ***]";
        }
    }
}
