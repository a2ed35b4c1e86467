package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.ContainerError;
import io.containerbuild.testing.JdkRpcServer;
import io.containerbuild.testing.PythonPeer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Python's {@code xmlrpc.client} (allow_none, Koji's {@code <i8>} marshalling) calls a Java server built from
 * this package over real HTTP. The script reports {@code repr()} of each answer; Java records what it received.
 */
class PythonClientInteropTest {

    private static final List<List<Object>> ECHOED = Collections.synchronizedList(new ArrayList<>());
    private static JdkRpcServer server;
    private static Map<String, String> reports;

    @BeforeAll
    static void runThePythonClient() {
        MethodTable table = MethodTable.builder()
                .register(Signature.builder("echo").varargs("args").build(), (args, meta) -> {
                    ECHOED.add(args.varargs());
                    return args.varargs();
                })
                .register(Signature.builder("nothing").build(), (args, meta) -> null)
                .register(Signature.builder("big").build(), (args, meta) -> 5_000_000_000L)
                .register(Signature.builder("getTaskInfo").required("task_id").optional("request", false)
                        .optional("strict", false).build(), (args, meta) -> args.named())
                .register(Signature.builder("login").required("user", "password").optional("opts", null)
                        .optional("renew", false).optional("exclusive", false).build(), (args, meta) -> {
                            Map<String, Object> seen = new LinkedHashMap<>();
                            seen.put("user", args.string("user"));
                            seen.put("opts", args.raw("opts"));
                            seen.put("renew", args.bool("renew"));
                            return seen;
                        })
                .register(Signature.builder("failBuild").build(), (args, meta) -> {
                    throw new BuildError("bad build");
                })
                .register(Signature.builder("containerFail").build(), (args, meta) -> {
                    throw new ContainerError("container build failed: 🐧");
                })
                .register(Signature.builder("crash").build(), (args, meta) -> {
                    throw new IllegalStateException("kaput");
                })
                .register(Signature.builder("unsendable").build(), (args, meta) -> new Object())
                .build();
        server = JdkRpcServer.start(new RpcEndpoint(table, WireLimits.defaults(), "1.35.3"));
        PythonPeer.Result result = PythonPeer.run("/wire/python_client.py", Duration.ofSeconds(60),
                server.url().toString());
        assertEquals(0, result.exitCode(), result.stderr());
        reports = result.reports();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void valuesComeBackToPythonAsTheyWereSent() {
        assertEquals("[None, [None, 1, [None]], {'epoch': None, 'empty': {}, 'list': []}, [], {}, [[[]]], True, "
                + "False, 2147483647, -2147483648, 5000000000, -5000000000, 'žluťoučký kůň 🐧', b'\\x00\\x01\\xff', "
                + "datetime.datetime(2024, 1, 2, 3, 4, 5), 1.5, 1e+300]", reports.get("echo_values"));
    }

    @Test
    void javaReceivesNormalisedValues() {
        List<Object> values = ECHOED.get(0);
        assertEquals(17, values.size());
        assertNull(values.get(0));
        assertEquals(Arrays.asList(null, 1, Arrays.asList((Object) null)), values.get(1));
        Map<?, ?> struct = assertInstanceOf(Map.class, values.get(2));
        assertEquals(List.of("epoch", "empty", "list"), new ArrayList<>(struct.keySet()));
        assertNull(struct.get("epoch"));
        assertEquals(List.of(List.of(List.of())), values.get(5));
        assertEquals(Boolean.TRUE, values.get(6));
        assertEquals(Integer.valueOf(Integer.MAX_VALUE), values.get(8));
        assertEquals(Integer.valueOf(Integer.MIN_VALUE), values.get(9));
        assertEquals(Long.valueOf(5_000_000_000L), values.get(10));
        assertEquals(Long.valueOf(-5_000_000_000L), values.get(11));
        assertEquals("žluťoučký kůň 🐧", values.get(12));
        assertArrayEquals(new byte[] {0, 1, (byte) 0xFF}, (byte[]) values.get(13));
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), values.get(14));
        assertEquals(1.5, values.get(15));
        assertEquals(1e300, values.get(16));
    }

    @Test
    void nilAndLongResults() {
        assertEquals("None", reports.get("none"));
        assertEquals("5000000000", reports.get("big"));
    }

    @Test
    void keywordArgumentsArriveThroughStarstar() {
        assertEquals("{'task_id': 4242, 'request': True, 'strict': False}", reports.get("kwargs"));
        assertEquals("{'user': 'alice', 'opts': None, 'renew': False}", reports.get("kwargs_nil"));
    }

    @Test
    void faultsReachPythonWithCodeAndText() {
        assertEquals("FAULT 1000 'Invalid method: noSuchMethod'", reports.get("fault1000"));
        assertEquals("FAULT 1005 'bad build'", reports.get("fault1005"));
        assertEquals("FAULT 1019 \"getTaskInfo() got an unexpected keyword argument 'foo'\"", reports.get("fault1019"));
        assertEquals("FAULT 2001 'container build failed: 🐧'", reports.get("fault2001"));
        assertEquals("FAULT 1 \"<class 'java.lang.IllegalStateException'>: kaput\"", reports.get("fault1"));
        assertEquals("FAULT 1 \"<class 'io.containerbuild.wire.UnencodableValueException'>: cannot marshal "
                + "java.lang.Object objects\"", reports.get("unencodable"));
    }

    @Test
    void rawBytesCarryTheEmojiAsUtf8AndTheKojiHeaders() {
        assertEquals("(200, 'text/xml', '1.35.3', True, False)", reports.get("raw_penguin"));
    }

    @Test
    void getIsRefusedLikeKoji() {
        assertEquals("(405, 'POST', '1.35.3', 'Method Not Allowed\\nThis is an XML-RPC server. Only POST requests "
                + "are accepted.\\n')", reports.get("get"));
    }

    @Test
    void theServerStillAnswersAfterFaults() {
        assertEquals("['still here']", reports.get("after_all"));
    }
}
