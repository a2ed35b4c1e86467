package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.ContainerError;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.testing.PythonPeer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java {@link XmlRpcKojiSession} calls a Koji-like hub written with Python's {@code xmlrpc.server}, which
 * marshals like Koji and records the session headers of every request it gets.
 */
class PythonServerInteropTest {

    private PythonPeer hub;
    private XmlRpcKojiSession session;

    @BeforeEach
    void startHub() {
        hub = PythonPeer.serve("/wire/python_server.py");
        session = XmlRpcKojiSession.open(ClientOptions.of(hub.url("/kojihub")));
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The requests the hub saw, with their session headers. */
    private List<Map<?, ?>> seen() {
        List<Map<?, ?>> requests = new ArrayList<>();
        for (Object request : (List<?>) session.call("seen")) {
            requests.add((Map<?, ?>) request);
        }
        return requests;
    }

    @Test
    void koji_values_decodeToNormalisedJavaValues() {
        Map<?, ?> sample = assertInstanceOf(Map.class, session.call("sample"));
        assertEquals(List.of("epoch", "size", "small", "negative", "tags", "name", "empty", "flag", "off", "blob",
                "when", "ratio", "nested"), new ArrayList<>(sample.keySet()));
        assertTrue(sample.containsKey("epoch"));
        assertNull(sample.get("epoch"));
        assertEquals(Long.valueOf(5_000_000_000L), sample.get("size"));
        assertEquals(Integer.valueOf(7), sample.get("small"));
        assertEquals(Long.valueOf(-5_000_000_000L), sample.get("negative"));
        assertEquals(Arrays.asList("f42", null), sample.get("tags"));
        assertEquals("žluťoučký kůň 🐧", sample.get("name"));
        assertEquals(List.of(List.of(), Map.of()), sample.get("empty"));
        assertEquals(Boolean.TRUE, sample.get("flag"));
        assertEquals(Boolean.FALSE, sample.get("off"));
        assertArrayEquals(new byte[] {0, (byte) 0xFF}, (byte[]) sample.get("blob"));
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), sample.get("when"));
        assertEquals(0.5, sample.get("ratio"));
        assertEquals(Map.of("a", Map.of("b", Arrays.asList((Object) null))), sample.get("nested"));
        assertNull(session.call("nothing"));
    }

    @Test
    void pythonSeesWhatJavaSent() {
        Object described = session.call("describe", null, Arrays.asList(null, List.of()), map("k", null, "e", Map.of()),
                5_000_000_000L, 7L, Integer.MIN_VALUE, true, "žluťoučký kůň 🐧", new byte[] {1, 2},
                Instant.parse("2024-01-02T03:04:05Z"), 0.25, "a\r\nb");
        assertEquals("(None, [None, []], {'k': None, 'e': {}}, 5000000000, 7, -2147483648, True, 'žluťoučký kůň 🐧', "
                + "b'\\x01\\x02', datetime.datetime(2024, 1, 2, 3, 4, 5), 0.25, 'a\\r\\nb')", described);
    }

    @Test
    void valuesRoundTripThroughPython() {
        List<Object> sent = Arrays.asList(null, 5_000_000_000L, "🐧", List.of(List.of(), Map.of()),
                map("x", null), true, 1e300);
        assertEquals(sent, session.call("echo", sent.toArray()));
    }

    @Test
    void keywordArgumentsTravelAsStarstar() {
        Object raw = session.call("echo", List.of(1), map("opts", null, "flag", true));
        assertEquals(List.of(1, map("opts", null, "flag", true, "__starstar", true)), raw);
        Object decoded = session.call("kwargs", List.of("a"), map("opts", null, "flag", true));
        assertEquals(map("args", List.of("a"), "opts", map("opts", null, "flag", true)), decoded);
        assertEquals(map("args", List.of("a"), "opts", Map.of()), session.call("kwargs", "a"));
    }

    @Test
    void faultsArriveTyped() {
        KojiFault generic = assertThrows(KojiFault.class, () -> session.call("fault", 1000, "Invalid method: x"));
        assertEquals(Optional.of(FaultCode.GENERIC_ERROR), generic.knownCode());
        assertEquals("Invalid method: x", generic.faultString());

        BuildError build = assertThrows(BuildError.class, () -> session.call("fault", 1005, "bad build 🐧"));
        assertEquals("bad build 🐧", build.faultString());

        ParameterError parameter = assertThrows(ParameterError.class,
                () -> session.call("fault", 1019, "getTaskInfo() got an unexpected keyword argument 'foo'"));
        assertEquals(1019, parameter.faultCode());
        assertEquals("getTaskInfo() got an unexpected keyword argument 'foo'", parameter.faultString());

        ContainerError container = assertThrows(ContainerError.class, () -> session.call("fault", 2001, "no"));
        assertEquals(2001, container.faultCode());

        KojiFault foreign = assertThrows(KojiFault.class, () -> session.call("noSuchMethod"));
        assertEquals(1, foreign.faultCode());
        assertEquals("<class 'Exception'>:method \"noSuchMethod\" is not supported", foreign.faultString());
    }

    @Test
    void theHubVersionIsCaptured() {
        assertEquals(Optional.empty(), session.hubVersion());
        session.call("nothing");
        assertEquals(Optional.of("1.35.3"), session.hubVersion());
    }

    @Test
    void loginSendsKeywordsAndEveryLaterCallCarriesTheSessionWithRisingCallnums() {
        SessionInfo info = session.login("alice", "secret");
        assertEquals(new SessionInfo(107, "107-key-1"), info);
        session.call("whoami");
        session.call("echo", 1);
        session.call("host.getID");
        session.logout();
        session.call("whoami");

        List<Map<?, ?>> requests = seen();
        assertEquals(List.of("login", "whoami", "echo", "host.getID", "logout", "whoami"),
                requests.stream().map(r -> r.get("method")).toList());
        assertEquals(map("opts", null), requests.get(0).get("opts"));
        assertNull(requests.get(0).get("session_id"));
        for (int i = 1; i <= 4; i++) {
            assertEquals("107", requests.get(i).get("session_id"), "request " + i);
            assertEquals("107-key-1", requests.get(i).get("session_key"), "request " + i);
            assertEquals(Integer.toString(i - 1), requests.get(i).get("callnum"), "request " + i);
        }
        assertEquals(map("session_id", null), requests.get(4).get("opts"));
        assertNull(requests.get(5).get("session_id"), "after logout the session is forgotten");
        assertNull(requests.get(5).get("callnum"));
        requests.forEach(request -> assertEquals("koji/1", request.get("user_agent")));
        assertEquals(Optional.empty(), session.sessionInfo());
    }

    @Test
    void badCredentialsAreAnAuthError() {
        AuthError e = assertThrows(AuthError.class, () -> session.login("alice", "wrong"));
        assertEquals("invalid username or password", e.faultString());
        assertEquals(Optional.empty(), session.sessionInfo());
    }

    @Test
    void anExpiredSessionIsRenewedOnceAndTheCallRetried() {
        session.login("alice", "secret");
        session.call("expireSession");
        Map<?, ?> me = assertInstanceOf(Map.class, session.call("whoami"));
        assertEquals("107-key-2", me.get("session_key"), "the retry uses the renewed key");
        assertEquals("0", me.get("callnum"), "call numbers restart after the renewal");

        List<Map<?, ?>> requests = seen();
        assertEquals(List.of("login", "expireSession", "whoami", "login", "whoami"),
                requests.stream().map(r -> r.get("method")).toList());
        Map<?, ?> renewal = requests.get(3);
        assertEquals(map("opts", null, "renew", true), renewal.get("opts"));
        assertEquals("107-key-1", renewal.get("session_key"), "renewal is sent within the expired session");
        assertEquals("2", renewal.get("callnum"));
        assertEquals(new SessionInfo(107, "107-key-2"), session.sessionInfo().orElseThrow());
    }

    @Test
    void multiCallReturnsResultsAndFaultsInOrder() {
        List<Object> results = session.multiCall(List.of(
                Call.of("echo", 1, null),
                Call.of("fault", 1005, "bad build"),
                Call.of("kwargs", "x").withKeyword("opt", null),
                Call.of("nothing")));
        assertEquals(4, results.size());
        assertEquals(Arrays.asList(1, null), results.get(0));
        BuildError fault = assertInstanceOf(BuildError.class, results.get(1));
        assertEquals("bad build", fault.faultString());
        assertEquals(map("args", List.of("x"), "opts", map("opt", null)), results.get(2));
        assertNull(results.get(3));
    }

    @Test
    void subsessionsCarryTheirOwnSession() {
        session.login("alice", "secret");
        KojiSession child = session.subsession();
        assertEquals(Optional.of(new SessionInfo(108, "sub-key")), child.sessionInfo());
        Map<?, ?> me = assertInstanceOf(Map.class, child.call("whoami"));
        assertEquals("108", me.get("session_id"));
        assertEquals("0", me.get("callnum"));
    }

    @Test
    void aMaliciousFaultCauseIsIgnored() throws Exception {
        DeserializationMarker.reset();
        String payload = DeserializationMarker.serializedBase64();
        KojiFault fault = assertThrows(KojiFault.class, () -> session.call("maliciousFault", payload));
        assertEquals(1000, fault.faultCode());
        assertEquals("boom", fault.faultString());
        assertFalse(DeserializationMarker.wasDeserialised(), "faultCause must never be deserialised");
        assertTrue(DeserializationMarker.payloadWorks(payload), "the payload itself must be live");
    }
}
