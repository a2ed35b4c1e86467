package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.AuthExpired;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link XmlRpcKojiSession#rawUpload}: Koji's fast upload POST, its answer, and its failures. */
class RawUploadTest {

    /** What the server saw of one request. */
    private record Seen(String contentType, String query, String sessionId, String callnum, String userAgent,
                        byte[] body) {
    }

    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final WireCodec codec = WireCodec.withDefaults();
    private final AtomicInteger expireNextUploads = new AtomicInteger();
    private volatile int uploadStatus = 200;
    private volatile WireFault uploadFault;
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A hub that answers {@code login} and raw uploads the way Koji's does. */
    private URI startHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", this::serve);
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/kojihub");
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            seen.add(new Seen(contentType, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Koji-Session-Id"),
                    exchange.getRequestHeaders().getFirst("Koji-Session-Callnum"),
                    exchange.getRequestHeaders().getFirst("User-Agent"), body));
            byte[] answer;
            int status = 200;
            if ("application/octet-stream".equals(contentType)) {
                status = uploadStatus;
                if (expireNextUploads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    answer = codec.encodeFault(new WireFault(1007, "session expired"));
                } else if (uploadFault != null) {
                    answer = codec.encodeFault(uploadFault);
                } else {
                    Map<String, String> query = CallMeta.parseQuery(exchange.getRequestURI().getRawQuery())
                            .entrySet().stream().collect(LinkedHashMap::new,
                                    (map, entry) -> map.put(entry.getKey(), entry.getValue().get(0)), Map::putAll);
                    Map<String, Object> receipt = new LinkedHashMap<>();
                    receipt.put("size", body.length);
                    receipt.put("fileverify", "adler32");
                    receipt.put("offset", Integer.parseInt(query.get("offset")));
                    receipt.put("hexdigest", UploadReceipt.adler32Hex(body));
                    answer = codec.encodeResult(receipt);
                }
            } else {
                MethodCall call = codec.decodeCall(body);
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("session-id", 31);
                info.put("session-key", "31-key-" + seen.size());
                info.put("header-auth", true);
                answer = codec.encodeResult("login".equals(call.methodName()) ? info : null);
            }
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "text/xml" : "text/plain");
            exchange.getResponseHeaders().add("Koji-Version", "1.35.3");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private XmlRpcKojiSession loggedIn() throws IOException {
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(startHub()));
        session.login("kojibuilder", "secret");
        return session;
    }

    @Test
    void postsTheChunkWithKojisQueryAndSessionHeadersAndReadsTheReceipt() throws IOException {
        XmlRpcKojiSession session = loggedIn();
        session.call("echo", "OK");
        byte[] chunk = "first lines of a log\n".getBytes(StandardCharsets.UTF_8);

        UploadReceipt receipt = session.rawUpload("tasks/42/10042", "build log.txt", 65536, chunk, true);

        Seen upload = seen.get(seen.size() - 1);
        assertEquals("application/octet-stream", upload.contentType());
        assertEquals("filename=build+log.txt&filepath=tasks%2F42%2F10042&fileverify=adler32&offset=65536"
                + "&overwrite=1", upload.query());
        assertEquals("31", upload.sessionId());
        assertEquals("1", upload.callnum(), "echo used call 0, the upload the next one");
        assertEquals("koji/1", upload.userAgent());
        assertArrayEquals(chunk, upload.body());
        assertEquals(new UploadReceipt(chunk.length, "adler32", 65536, UploadReceipt.adler32Hex(chunk)), receipt);
        assertTrue(receipt.confirms(chunk));
        assertEquals("1.35.3", session.hubVersion().orElseThrow());

        session.call("echo", "again");
        assertEquals("2", seen.get(seen.size() - 1).callnum(), "calls and uploads share one sequence");
    }

    @Test
    void withoutOverwriteTheFlagIsLeftOutAndAnEmptyChunkStillPosts() throws IOException {
        XmlRpcKojiSession session = loggedIn();

        UploadReceipt receipt = session.rawUpload("tasks/1/1", "empty.log", 0, new byte[0], false);

        assertEquals("filename=empty.log&filepath=tasks%2F1%2F1&fileverify=adler32&offset=0",
                seen.get(seen.size() - 1).query());
        assertEquals(0, seen.get(seen.size() - 1).body().length);
        assertTrue(receipt.confirms(new byte[0]));
        assertEquals("00000001", receipt.hexdigest(), "adler32 of nothing is 1");
    }

    @Test
    void aFaultAnswerIsThrownAsItsTypedFault() throws IOException {
        XmlRpcKojiSession session = loggedIn();
        uploadFault = new WireFault(1004, "host 7 does not own task 42");

        ActionNotAllowed fault = assertThrows(ActionNotAllowed.class,
                () -> session.rawUpload("tasks/42/42", "x.log", 0, new byte[] {1}, true));
        assertEquals("host 7 does not own task 42", fault.getMessage());
    }

    @Test
    void anHttpErrorIsATransportFailureWithItsStatus() throws IOException {
        XmlRpcKojiSession session = loggedIn();
        uploadStatus = 503;

        TransportException failure = assertThrows(TransportException.class,
                () -> session.rawUpload("tasks/42/42", "x.log", 0, new byte[] {1}, true));
        assertEquals(OptionalInt.of(503), failure.httpStatus());
    }

    @Test
    void anUnreachableHubIsATransportFailure() throws IOException {
        XmlRpcKojiSession session = loggedIn();
        server.stop(0);
        server = null;

        assertThrows(TransportException.class,
                () -> session.rawUpload("tasks/42/42", "x.log", 0, new byte[] {1}, true));
    }

    @Test
    void anExpiredSessionIsRenewedAndTheChunkSentOnceMore() throws IOException {
        XmlRpcKojiSession session = loggedIn();
        expireNextUploads.set(1);
        byte[] chunk = {1, 2, 3};

        UploadReceipt receipt = session.rawUpload("tasks/42/42", "x.log", 0, chunk, true);

        assertTrue(receipt.confirms(chunk));
        List<String> kinds = seen.stream().map(Seen::contentType).toList();
        assertEquals(List.of("text/xml", "application/octet-stream", "text/xml", "application/octet-stream"), kinds,
                "login, the refused chunk, the renewing login, the chunk again");
        assertEquals("0", seen.get(3).callnum(), "a renewed session counts from 0 again");
    }

    @Test
    void aReceiptConfirmsOnlyTheSameBytes() {
        byte[] chunk = "Wikipedia".getBytes(StandardCharsets.US_ASCII);
        assertEquals("11e60398", UploadReceipt.adler32Hex(chunk));
        assertTrue(new UploadReceipt(9, "adler32", 0, "11E60398").confirms(chunk));
        assertFalse(new UploadReceipt(8, "adler32", 0, "11e60398").confirms(chunk));
        assertFalse(new UploadReceipt(9, "adler32", 0, "11e60399").confirms(chunk));
    }

    @Test
    void aReceiptMayCarryItsSizeAsAString() {
        UploadReceipt receipt = UploadReceipt.fromStruct(Map.of("size", "5000000000", "fileverify", "adler32",
                "offset", 0, "hexdigest", "00000001"));
        assertEquals(5_000_000_000L, receipt.size());
        assertThrows(TransportException.class, () -> UploadReceipt.fromStruct(Map.of("size", "many")));
        assertThrows(TransportException.class, () -> UploadReceipt.fromStruct(List.of()));
    }
}
