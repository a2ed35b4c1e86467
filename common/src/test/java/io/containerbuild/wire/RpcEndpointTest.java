package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.KojiFault;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RpcEndpointTest {

    private final WireCodec codec = WireCodec.withDefaults();
    private final AtomicReference<CallMeta> lastMeta = new AtomicReference<>();

    private final MethodTable table = MethodTable.builder()
            .register(Signature.builder("echo").varargs("args").build(), (args, meta) -> {
                lastMeta.set(meta);
                return args.varargs();
            })
            .register(Signature.builder("getTaskInfo").required("task_id").optional("request", false)
                    .optional("strict", false).build(), (args, meta) -> {
                        Map<String, Object> info = new LinkedHashMap<>();
                        info.put("id", args.integer("task_id"));
                        info.put("request", args.bool("request"));
                        info.put("parent", null);
                        return info;
                    })
            .register(Signature.builder("failBuild").build(), (args, meta) -> {
                throw new BuildError("bad build");
            })
            .register(Signature.builder("crash").build(), (args, meta) -> {
                throw new IllegalStateException("kaput");
            })
            .register(Signature.builder("overflow").build(), (args, meta) -> overflow(0))
            .register(Signature.builder("unsendable").build(), (args, meta) -> List.of(new Object()))
            .register(Signature.builder("badText").build(), (args, meta) -> "nul\u0000")
            .build();

    private final RpcEndpoint endpoint = new RpcEndpoint(table, WireLimits.defaults(), "1.35.3");

    private static int overflow(int depth) {
        return overflow(depth + 1) + 1;
    }

    private static CallMeta post() {
        return new CallMeta("POST", "/kojihub", Map.of(), HeaderMap.empty().with("Koji-Session-Id", "17"),
                new InetSocketAddress("127.0.0.1", 40000));
    }

    private HttpReply send(String method, Object... params) {
        byte[] body = codec.encodeCall(method, Arrays.asList(params));
        return endpoint.handle(post(), body.length, new ByteArrayInputStream(body));
    }

    private Object result(HttpReply reply) {
        assertEquals(200, reply.status());
        assertEquals("text/xml", reply.headers().first("content-type").orElseThrow());
        return codec.decodeResponse(reply.body());
    }

    private KojiFault fault(HttpReply reply) {
        assertEquals(200, reply.status());
        return assertThrows(KojiFault.class, () -> codec.decodeResponse(reply.body()));
    }

    @Test
    void answersResultsWithKojiHeaders() {
        HttpReply reply = send("echo", "OK", null, 5_000_000_000L);
        assertEquals(Arrays.asList("OK", null, 5_000_000_000L), result(reply));
        assertEquals("1.35.3", reply.headers().first("Koji-Version").orElseThrow());
        assertEquals("17", lastMeta.get().headers().first("koji-session-id").orElseThrow());
    }

    @Test
    void bindsKeywordArguments() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", 42);
        expected.put("request", true);
        expected.put("parent", null);
        assertEquals(expected, result(send("getTaskInfo",
                KeywordArgs.encode(List.of(42), Map.of("request", true)).toArray())));
    }

    @Test
    void faultsForUnknownMethodsAndBadArguments() {
        KojiFault unknown = fault(send("noSuchMethod"));
        assertEquals(1000, unknown.faultCode());
        assertEquals("Invalid method: noSuchMethod", unknown.faultString());

        KojiFault binding = fault(send("getTaskInfo", KeywordArgs.encode(List.of(1), Map.of("foo", 1)).toArray()));
        assertEquals(1019, binding.faultCode());
        assertEquals("getTaskInfo() got an unexpected keyword argument 'foo'", binding.faultString());

        KojiFault typed = fault(send("getTaskInfo", "one"));
        assertEquals(1019, typed.faultCode());
        assertEquals("getTaskInfo(): argument 'task_id' must be int, not str", typed.faultString());
    }

    @Test
    void kojiFaultsKeepTheirCode() {
        KojiFault e = fault(send("failBuild"));
        assertEquals(1005, e.faultCode());
        assertEquals("bad build", e.faultString());
    }

    @Test
    void foreignExceptionsAreCodeOne() {
        KojiFault e = fault(send("crash"));
        assertEquals(1, e.faultCode());
        assertEquals("<class 'java.lang.IllegalStateException'>: kaput", e.faultString());
        assertEquals(1, fault(send("overflow")).faultCode());
    }

    @Test
    void unencodableResultsBecomeFaultsNotBrokenReplies() {
        KojiFault e = fault(send("unsendable"));
        assertEquals(1, e.faultCode());
        assertEquals("<class 'io.containerbuild.wire.UnencodableValueException'>: cannot marshal java.lang.Object "
                + "objects", e.faultString());
        KojiFault text = fault(send("badText"));
        assertTrue(text.faultString().contains("XML cannot carry the character U+0000"), text.faultString());
    }

    @Test
    void nonPostIsRefusedLikeKoji() {
        CallMeta get = new CallMeta("GET", "/kojihub", Map.of(), HeaderMap.empty(),
                new InetSocketAddress("127.0.0.1", 1));
        HttpReply reply = endpoint.handle(get, -1, InputStream.nullInputStream());
        assertEquals(405, reply.status());
        assertEquals(List.of("POST"), reply.headers().all("allow"));
        assertEquals("text/plain", reply.headers().first("Content-Type").orElseThrow());
        assertEquals("1.35.3", reply.headers().first("Koji-Version").orElseThrow());
        assertEquals("Method Not Allowed\nThis is an XML-RPC server. Only POST requests are accepted.\n",
                reply.bodyText());
        assertEquals(79, reply.bodyLength());
    }

    @Test
    void announcedOversizeBodiesAreRefusedUnread() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
        HttpReply reply = endpoint.handle(post(), WireLimits.DEFAULT_MAX_BODY_BYTES + 1, untouchable);
        assertEquals(413, reply.status());
        assertEquals("close", reply.headers().first("Connection").orElseThrow());
        assertEquals("Request Entity Too Large\nrequest body exceeds 4194304 bytes\n", reply.bodyText());
    }

    @Test
    void streamedOversizeBodiesAreRefused() {
        RpcEndpoint small = new RpcEndpoint(table, WireLimits.defaults().withMaxBodyBytes(100), "1.35.3");
        byte[] body = codec.encodeCall("echo", List.of("x".repeat(500)));
        HttpReply reply = small.handle(post(), -1, new ByteArrayInputStream(body));
        assertEquals(413, reply.status());
    }

    @Test
    void emptyAndUnparseableBodiesAreBadRequests() {
        HttpReply empty = endpoint.handle(post(), 0, InputStream.nullInputStream());
        assertEquals(400, empty.status());
        assertEquals("text/plain", empty.headers().first("Content-Type").orElseThrow());
        assertTrue(empty.bodyText().startsWith("invalid XML-RPC message: "), empty.bodyText());

        byte[] garbage = "GET / HTTP/1.0\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(400, endpoint.handle(post(), garbage.length, new ByteArrayInputStream(garbage)).status());
    }

    @Test
    void serializableExtensionIsRefusedAndNeverDeserialised() throws Exception {
        DeserializationMarker.reset();
        String payload = DeserializationMarker.serializedBase64();
        String xml = "<?xml version=\"1.0\"?><methodCall><methodName>echo</methodName><params><param>"
                + "<value xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">"
                + "<ex:serializable>" + payload + "</ex:serializable></value></param></params></methodCall>";
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        HttpReply reply = endpoint.handle(post(), body.length, new ByteArrayInputStream(body));
        assertEquals(400, reply.status());
        assertTrue(reply.bodyText().contains("serializable"), reply.bodyText());
        assertFalse(DeserializationMarker.wasDeserialised(), "the payload must never be deserialised");
        assertTrue(DeserializationMarker.payloadWorks(payload), "the payload itself must be live");
    }

    @Test
    void headersAreCaseInsensitive() {
        HeaderMap headers = HeaderMap.of(Map.of("Koji-Session-Callnum", List.of("3", "4")));
        assertEquals("3", headers.first("KOJI-SESSION-CALLNUM").orElseThrow());
        assertEquals(List.of("3", "4"), headers.all("koji-session-callnum"));
        List<String> seen = new ArrayList<>();
        headers.with("koji-session-callnum", "5").forEach((name, value) -> seen.add(name + "=" + value));
        assertEquals(List.of("Koji-Session-Callnum=3", "Koji-Session-Callnum=4", "Koji-Session-Callnum=5"), seen);
    }

    @Test
    void queryStringsAreDecoded() {
        Map<String, List<String>> query = CallMeta.parseQuery("session-id=12&filename=a%20b.log&flag&x=1&x=2");
        assertEquals(List.of("12"), query.get("session-id"));
        assertEquals(List.of("a b.log"), query.get("filename"));
        assertEquals(List.of(""), query.get("flag"));
        assertEquals(List.of("1", "2"), query.get("x"));
        CallMeta meta = new CallMeta("POST", "/", query, HeaderMap.empty(), new InetSocketAddress(0));
        assertEquals("1", meta.queryParameter("x").orElseThrow());
    }

    @Test
    void theVersionMustBeNumericForPythonClients() {
        assertThrows(IllegalArgumentException.class, () -> new RpcEndpoint(table, WireLimits.defaults(), "1.35-dev"));
    }
}
