package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.testing.JdkRpcServer;
import io.containerbuild.testing.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests against a server built from this package, over real HTTP. Each is refused with a 4xx, fast,
 * without touching the handler, and the same server answers a normal call correctly afterwards.
 */
class AttackTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final long SIXTY_FOUR_MIB = 64L * 1024 * 1024;

    private final AtomicInteger handled = new AtomicInteger();
    private JdkRpcServer server;

    @BeforeEach
    void start() {
        MethodTable table = MethodTable.builder()
                .register(Signature.builder("echo").varargs("args").build(), (args, meta) -> {
                    handled.incrementAndGet();
                    return args.varargs();
                })
                .build();
        server = JdkRpcServer.start(new RpcEndpoint(table, WireLimits.defaults(), "1.35.3"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RawHttp.Response post(String xml) {
        return assertTimeoutPreemptively(BOUND, () -> RawHttp.post(server.url(), xml));
    }

    private void assertStillServes() {
        handled.set(0);
        XmlRpcKojiSession client = XmlRpcKojiSession.open(ClientOptions.of(server.url()));
        assertEquals(List.of("OK", 5_000_000_000L), client.call("echo", "OK", 5_000_000_000L));
        assertEquals(1, handled.get());
    }

    private static String echoCall(String doctype, String value) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "\n<methodCall><methodName>echo</methodName><params><param>"
                + "<value><string>" + value + "</string></value></param></params></methodCall>";
    }

    @Test
    void xxeNamingALocalFileIsRefusedAndLeaksNothing(@TempDir Path dir) throws IOException {
        String secret = "xxe-secret-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("secret.txt"), secret);
        RawHttp.Response response = post(echoCall(
                "<!DOCTYPE methodCall [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>", "&xxe;"));
        assertEquals(400, response.status());
        assertTrue(response.bodyText().contains("DOCTYPE is disallowed"), response.bodyText());
        assertFalse(response.bodyText().contains(secret));
        assertFalse(response.headers().toString().contains(secret));
        assertEquals(0, handled.get());
        assertStillServes();
    }

    @Test
    void externalDtdsAreNeverFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String dtd = "http://127.0.0.1:" + listener.getLocalPort() + "/ext.dtd";
            RawHttp.Response external = post(echoCall("<!DOCTYPE methodCall SYSTEM \"" + dtd + "\">", "x"));
            RawHttp.Response parameter = post(echoCall(
                    "<!DOCTYPE methodCall [<!ENTITY % ext SYSTEM \"" + dtd + "\"> %ext;]>", "x"));
            assertEquals(400, external.status());
            assertEquals(400, parameter.status());
            // a fetch would have happened while parsing, before the answer; the kernel queues its connection
            listener.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, listener::accept, "the server fetched the DTD");
        }
        assertEquals(0, handled.get());
        assertStillServes();
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE methodCall [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        RawHttp.Response response = post(echoCall(doctype.toString(), "&lol9;"));
        assertEquals(400, response.status());
        assertEquals(0, handled.get());
        assertStillServes();
    }

    @Test
    void twentyThousandLevelsOfNestingAreRefused() {
        String value = WireCodecTest.nested(20_000);
        String xml = "<?xml version=\"1.0\"?><methodCall><methodName>echo</methodName><params><param>" + value
                + "</param></params></methodCall>";
        RawHttp.Response response = post(xml);
        assertEquals(400, response.status());
        assertTrue(response.bodyText().contains("maxElementDepth"), response.bodyText());
        assertEquals(0, handled.get());
        assertStillServes();
    }

    @Test
    void aHugeBodyWithContentLengthIsRefusedBeforeItIsRead() {
        RawHttp.Response response = assertTimeoutPreemptively(BOUND,
                () -> RawHttp.post(server.url(), SIXTY_FOUR_MIB, AttackTest::writeHugeCall));
        assertEquals(413, response.status());
        assertTrue(response.bodyText().contains("request body exceeds 4194304 bytes"), response.bodyText());
        assertEquals(0, handled.get());
        assertStillServes();
    }

    @Test
    void aHugeChunkedBodyIsCutOffAtTheLimit() {
        RawHttp.Response response = assertTimeoutPreemptively(BOUND,
                () -> RawHttp.postChunked(server.url(), AttackTest::writeHugeCall));
        assertEquals(413, response.status());
        assertEquals(0, handled.get());
        assertStillServes();
    }

    @Test
    void serializedJavaObjectsAreRefused() {
        DeserializationMarker.reset();
        RawHttp.Response response = post("<?xml version=\"1.0\"?><methodCall><methodName>echo</methodName><params>"
                + "<param><value xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\"><ex:serializable>"
                + DeserializationMarker.serializedBase64() + "</ex:serializable></value></param></params></methodCall>");
        assertEquals(400, response.status());
        assertFalse(DeserializationMarker.wasDeserialised());
        assertEquals(0, handled.get());
        assertStillServes();
    }

    /** A syntactically fine call whose one string parameter makes it 64 MiB long. */
    private static void writeHugeCall(OutputStream out) throws IOException {
        byte[] head = "<?xml version=\"1.0\"?><methodCall><methodName>echo</methodName><params><param><value><string>"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</string></value></param></params></methodCall>".getBytes(StandardCharsets.US_ASCII);
        byte[] filler = new byte[64 * 1024];
        Arrays.fill(filler, (byte) 'A');
        out.write(head);
        long remaining = SIXTY_FOUR_MIB - head.length - tail.length;
        while (remaining > 0) {
            int n = (int) Math.min(filler.length, remaining);
            out.write(filler, 0, n);
            remaining -= n;
        }
        out.write(tail);
        out.flush();
    }
}
