package io.containerbuild.it;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Each real part that the tests rely on is up and usable. The first thing to read when an
 * integration test fails: if this one fails too, the infrastructure is the problem.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealPartsIT {

    @Test
    void dockerEngineAnswersPingAndVersion() throws IOException {
        Path socket = RealParts.dockerSocket();

        HttpReply ping = unixHttpGet(socket, "/_ping");
        assertEquals(200, ping.status(), () -> "GET /_ping: " + ping);
        assertEquals("OK", ping.body());

        HttpReply version = unixHttpGet(socket, "/version");
        assertEquals(200, version.status(), () -> "GET /version: " + version);
        Matcher api = Pattern.compile("\"ApiVersion\":\"(\\d+)\\.(\\d+)\"").matcher(version.body());
        assertTrue(api.find(), () -> "no ApiVersion in " + version.body());
        assertTrue(version.body().contains("\"Os\":\"linux\""), () -> "not a Linux engine: " + version.body());
    }

    @Test
    void registryAnswersV2() throws IOException, InterruptedException {
        String registry = RealParts.registry();
        URI v2 = URI.create("http://" + registry + "/v2/");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(v2).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw RealParts.notAnswering("the registry", v2.toString(), e);
        }

        assertEquals(200, response.statusCode(), () -> "GET " + v2 + ": " + response.body());
        assertEquals("registry/2.0",
                response.headers().firstValue("Docker-Distribution-Api-Version").orElse(null));
    }

    @Test
    void postgresqlRunsQueriesAndDdl() throws SQLException {
        String url = RealParts.pgUrl();
        Properties props = new Properties();
        props.setProperty("user", RealParts.pgUser());
        props.setProperty("password", RealParts.pgPassword());
        props.setProperty("connectTimeout", "10");
        props.setProperty("socketTimeout", "30");
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw RealParts.notAnswering("PostgreSQL", url, e);
        }

        String table = "realparts_it_" + UUID.randomUUID().toString().replace("-", "");
        try (connection; Statement sql = connection.createStatement()) {
            try (ResultSet one = sql.executeQuery("select 1")) {
                assertTrue(one.next());
                assertEquals(1, one.getInt(1));
            }
            try (ResultSet version = sql.executeQuery("show server_version_num")) {
                assertTrue(version.next());
                assertTrue(Integer.parseInt(version.getString(1)) >= 150000,
                        "PostgreSQL 15 or later expected, got " + version.getString(1));
            }
            // A real table, not a temporary one: the hub's store needs CREATE in this database.
            sql.execute("create table " + table + " (id integer primary key, name text not null)");
            try {
                assertEquals(1, sql.executeUpdate("insert into " + table + " values (1, 'koji')"));
                try (ResultSet row = sql.executeQuery("select name from " + table + " where id = 1")) {
                    assertTrue(row.next());
                    assertEquals("koji", row.getString(1));
                }
            } finally {
                sql.execute("drop table " + table);
            }
            try (ResultSet gone = sql.executeQuery("select to_regclass('" + table + "') is null")) {
                assertTrue(gone.next());
                assertTrue(gone.getBoolean(1), "table " + table + " still exists after drop");
            }
        }
    }

    @Test
    void gitDaemonServesABareRepository(@TempDir Path work) throws IOException, InterruptedException {
        Path root = RealParts.gitRoot();
        String url = RealParts.gitUrl();

        Path checkout = work.resolve("checkout");
        git(work, "init", "-q", "-b", "main", checkout.toString());
        Files.writeString(checkout.resolve("Dockerfile"), "FROM scratch\n");
        git(checkout, "add", "Dockerfile");
        git(checkout, "-c", "user.name=RealPartsIT", "-c", "user.email=realparts-it@example.invalid",
                "commit", "-q", "-m", "A Dockerfile");
        String head = git(checkout, "rev-parse", "HEAD").strip();

        String name = "realparts-it-" + UUID.randomUUID() + ".git";
        Path bare = root.resolve(name);
        try {
            git(work, "clone", "-q", "--bare", checkout.toString(), bare.toString());

            String refs;
            try {
                refs = git(work, "ls-remote", url + "/" + name);
            } catch (AssertionFailedError e) {
                throw RealParts.notAnswering("the git daemon", url, e);
            }
            assertTrue(refs.lines().anyMatch(line -> line.equals(head + "\trefs/heads/main")),
                    () -> "ls-remote " + url + "/" + name + " does not list main at " + head + ":\n" + refs);
        } finally {
            deleteRecursively(bare);
        }
    }

    /** One GET over a unix socket in plain HTTP/1.0, so the server closes the connection after its reply. */
    private static HttpReply unixHttpGet(Path socket, String path) throws IOException {
        String where = "unix://" + socket;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                throw RealParts.notAnswering("the Docker engine", where, e);
            }
            ByteBuffer request = ByteBuffer.wrap(("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n").getBytes(US_ASCII));
            while (request.hasRemaining()) {
                channel.write(request);
            }
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                reply.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return HttpReply.parse(reply.toString(UTF_8), where + path);
        }
    }

    record HttpReply(int status, String head, String body) {
        static HttpReply parse(String raw, String what) {
            int end = raw.indexOf("\r\n\r\n");
            if (!raw.startsWith("HTTP/") || end < 0) {
                throw new AssertionFailedError("not an HTTP reply from " + what + ": " + raw);
            }
            String head = raw.substring(0, end);
            String[] statusLine = head.lines().findFirst().orElseThrow().split(" ", 3);
            return new HttpReply(Integer.parseInt(statusLine[1]), head, raw.substring(end + 4));
        }
    }

    /** Runs git with an argument list (no shell), isolated from the user's and the system's git config. */
    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Path output = Files.createTempFile("realparts-git", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
            builder.environment().put("GIT_TERMINAL_PROMPT", "0");
            Process process = builder.start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionFailedError(command + " did not finish in 30 s: " + Files.readString(output));
            }
            String text = Files.readString(output);
            if (process.exitValue() != 0) {
                throw new AssertionFailedError(command + " exited with " + process.exitValue() + ": " + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
