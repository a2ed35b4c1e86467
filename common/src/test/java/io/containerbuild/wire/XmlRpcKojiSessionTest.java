package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.containerbuild.fault.AuthExpired;
import io.containerbuild.testing.JdkRpcServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against Java servers: failures that are not faults, concurrency, and Koji's fallbacks. */
class XmlRpcKojiSessionTest {

    private final List<String> callnums = Collections.synchronizedList(new ArrayList<>());
    private final List<String> logouts = Collections.synchronizedList(new ArrayList<>());
    private JdkRpcServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private URI start(RpcDispatcher dispatcher) {
        server = JdkRpcServer.start(new RpcEndpoint(dispatcher, WireLimits.defaults(), "1.34.0"));
        return server.url();
    }

    private MethodTable kojiLikeTable() {
        return MethodTable.builder()
                .register(Signature.builder("login").required("user", "password").optional("opts", null)
                        .optional("renew", false).optional("exclusive", false).build(),
                        (args, meta) -> Map.of("session-id", 5, "session-key", "5-k", "header-auth", true))
                .register(Signature.builder("count").build(), (args, meta) -> {
                    callnums.add(meta.headers().first("Koji-Session-Callnum").orElse("none"));
                    return null;
                })
                .register(Signature.builder("logout").build(), (args, meta) -> {
                    logouts.add(args.toString());
                    return null;
                })
                .register(Signature.builder("sleep").required("millis").build(), (args, meta) -> {
                    try {
                        Thread.sleep(args.integer("millis"));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "slept";
                })
                .register(Signature.builder("expired").build(), (args, meta) -> {
                    throw new AuthExpired("Session expired");
                })
                .build();
    }

    @Test
    void concurrentCallsOnOneSessionKeepCallNumbersInOrder() throws Exception {
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(start(kojiLikeTable())));
        session.login("builder", "pw");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> IntStream.range(0, 25).forEach(i -> session.call("count"))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(IntStream.range(0, 100).mapToObj(Integer::toString).toList(), callnums);
    }

    @Test
    void logoutFallsBackForHubsWithoutSessionIdAndForgetsTheSession() {
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(start(kojiLikeTable())));
        session.login("alice", "pw");
        session.logout();
        assertEquals(List.of("logout{}"), logouts, "the keyword form fails with 1019, the bare form succeeds");
        assertTrue(session.sessionInfo().isEmpty());
        session.call("count");
        assertEquals(List.of("none"), callnums);
        session.logout();
        assertEquals(1, logouts.size(), "logging out twice does nothing");
    }

    @Test
    void authExpiredWithoutCredentialsIsThrown() {
        XmlRpcKojiSession session = XmlRpcKojiSession.resume(ClientOptions.of(start(kojiLikeTable())),
                new SessionInfo(9, "9-k"));
        assertThrows(AuthExpired.class, () -> session.call("expired"));
    }

    @Test
    void aSecondExpiryAfterRenewingIsThrown() {
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(start(kojiLikeTable())));
        session.login("alice", "pw");
        assertThrows(AuthExpired.class, () -> session.call("expired"));
    }

    @Test
    void httpErrorsAreTransportFailuresWithTheirStatus() throws IOException {
        HttpServer offline = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 5);
        offline.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Koji-Version", "1.34.0");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        offline.start();
        try {
            XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(
                    URI.create("http://127.0.0.1:" + offline.getAddress().getPort() + "/kojihub")));
            TransportException e = assertThrows(TransportException.class, () -> session.call("hello"));
            assertEquals(OptionalInt.of(503), e.httpStatus());
            assertEquals("hello: the hub answered HTTP 503 Service Unavailable", e.getMessage());
            assertEquals(java.util.Optional.of("1.34.0"), session.hubVersion(), "captured from the error answer too");
        } finally {
            offline.stop(0);
        }
    }

    @Test
    void aRequestOverTheHubsLimitFailsAsTransport() {
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(start(kojiLikeTable())));
        // the hub answers 413 and closes before the body is sent, so the status itself may be lost on the way
        assertThrows(TransportException.class, () -> session.call("count", "x".repeat(5 * 1024 * 1024)));
        session.call("count");
        assertEquals(List.of("none"), callnums);
    }

    @Test
    void aRefusedConnectionIsATransportFailure() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        XmlRpcKojiSession session = XmlRpcKojiSession.open(
                ClientOptions.of(URI.create("http://127.0.0.1:" + port + "/kojihub")));
        TransportException e = assertThrows(TransportException.class, () -> session.call("hello"));
        assertEquals(OptionalInt.empty(), e.httpStatus());
    }

    @Test
    void theReplyTimeoutIsHonoured() {
        URI url = start(kojiLikeTable());
        XmlRpcKojiSession patient = XmlRpcKojiSession.open(ClientOptions.of(url));
        XmlRpcKojiSession hasty = XmlRpcKojiSession.open(
                ClientOptions.of(url).withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(200)));
        assertEquals("slept", patient.call("sleep", 10));
        TransportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(TransportException.class, () -> hasty.call("sleep", 3000)));
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }

    @Test
    void unencodableArgumentsAreTheCallersBugNotATransportFailure() {
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(start(kojiLikeTable())));
        UnencodableValueException e = assertThrows(UnencodableValueException.class,
                () -> session.call("count", new Object()));
        assertTrue(e.getMessage().startsWith("cannot marshal java.lang.Object"), e.getMessage());
    }

    @Test
    void hostileAnswersAreRefused() throws IOException {
        String deep = "<?xml version=\"1.0\"?><methodResponse><params><param>" + WireCodecTest.nested(5_000)
                + "</param></params></methodResponse>";
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><methodResponse><params><param>"
                + "<value>&e;</value></param></params></methodResponse>";
        for (String answer : List.of(deep, doctype, "not xml at all")) {
            HttpServer hostile = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 5);
            hostile.createContext("/", exchange -> {
                byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            hostile.start();
            try {
                XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(
                        URI.create("http://127.0.0.1:" + hostile.getAddress().getPort() + "/kojihub")));
                TransportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                        () -> assertThrows(TransportException.class, () -> session.call("hello")));
                assertTrue(e.getMessage().contains("unacceptable answer from the hub"), e.getMessage());
            } finally {
                hostile.stop(0);
            }
        }
    }

    @Test
    void oversizedAnswersAreCutOff() {
        MethodTable table = MethodTable.builder()
                .register(Signature.builder("big").build(), (args, meta) -> "x".repeat(100_000))
                .build();
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(start(table))
                .withResponseLimits(WireLimits.defaults().withMaxBodyBytes(10_000)));
        TransportException e = assertThrows(TransportException.class, () -> session.call("big"));
        assertTrue(e.getMessage().contains("body exceeds 10000 bytes"), e.getMessage());
    }
}
