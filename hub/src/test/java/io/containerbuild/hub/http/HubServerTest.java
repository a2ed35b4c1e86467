package io.containerbuild.hub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.testing.PythonPeer;
import io.containerbuild.wire.MethodTable;
import io.containerbuild.wire.RpcEndpoint;
import io.containerbuild.wire.Signature;
import io.containerbuild.wire.WireLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubServerTest {
    @TempDir
    Path files;

    private HubServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        MethodTable methods = MethodTable.builder()
                .register(Signature.builder("hello").varargs("args").build(), (args, call) -> "Hello World")
                .build();
        server = new HubServer("127.0.0.1", 0, new RpcEndpoint(methods, WireLimits.defaults(), "1.35.3"), files);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pythonsXmlRpcClientIsServedAtKojihub() {
        PythonPeer.Result result = PythonPeer.run("/http/python_hello.py", Duration.ofSeconds(30),
                server.hubUrl().toString());

        Map<String, String> reports = result.reports();
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("'Hello World'", reports.get("hello"));
        assertEquals("1000 Invalid method: nosuch", reports.get("nosuch"));
    }

    @Test
    void everyAnswerCarriesTheKojiVersion() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.hubUrl())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "<?xml version='1.0'?><methodCall><methodName>hello</methodName><params/></methodCall>"))
                .header("Content-Type", "text/xml").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals("1.35.3", response.headers().firstValue("Koji-Version").orElseThrow());
        assertTrue(response.body().contains("<string>Hello World</string>"), response.body());
    }

    @Test
    void onlyPostIsAnswered() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.hubUrl()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void filesAreServedReadOnlyUnderKojifiles() throws Exception {
        Path log = files.resolve("work/tasks/42/42/osbs-build.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "Step 1/3 : FROM scratch\n");
        URI url = URI.create(server.filesUrl() + "/work/tasks/42/42/osbs-build.log");

        HttpResponse<String> get = http.send(HttpRequest.newBuilder(url).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofString("x"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, get.statusCode());
        assertEquals("Step 1/3 : FROM scratch\n", get.body());
        assertTrue(put.statusCode() >= 400, "PUT answered " + put.statusCode());
        assertEquals("Step 1/3 : FROM scratch\n", Files.readString(log));
    }

    @Test
    void pathsCannotClimbOutOfTheFileTree() throws Exception {
        Files.writeString(files.getParent().resolve("secret.txt"), "no");
        URI url = URI.create(server.filesUrl() + "/../secret.txt");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(response.statusCode() >= 400, "answered " + response.statusCode());
    }
}
