package io.containerbuild.it.e2e;

import io.containerbuild.it.hub.Backend;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opentest4j.AssertionFailedError;

/**
 * {@code bin/koji-hub} as an administrator runs it: a hub.conf with the container-build plugin, on the
 * embedded database in its data directory or on a fresh PostgreSQL database, its first administrator made
 * with {@code koji-hub create-admin}. The port is fixed at the first start, so {@link #restart} brings the
 * hub back where builders and clients look for it.
 */
final class HubProcess implements AutoCloseable {
    static final String ADMIN = "kojiadmin";
    static final String ADMIN_PASSWORD = "admin-secret";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path dir;
    private final Path conf;
    private final int port;
    private final E2eDatabase database;
    private LoggedProcess process;

    private HubProcess(Path dir, Path conf, int port, E2eDatabase database) {
        this.dir = dir;
        this.conf = conf;
        this.port = port;
        this.database = database;
    }

    static HubProcess start(Backend backend, Path dir) throws IOException {
        return start(backend, dir, "");
    }

    /** @param extraHubConfig lines added to the {@code [hub]} section, e.g. {@code HostTimeout = 30} */
    static HubProcess start(Backend backend, Path dir, String extraHubConfig) throws IOException {
        Files.createDirectories(dir);
        E2eDatabase database = backend == Backend.POSTGRESQL ? new E2eDatabase() : null;
        try {
            int port = freePort();
            StringBuilder text = new StringBuilder("[hub]\nAddress = 127.0.0.1\nPort = ").append(port)
                    .append("\nDataDir = ").append(dir.resolve("data")).append("\nPlugins = hub_containerbuild\n")
                    .append(extraHubConfig);
            if (database != null) {
                text.append("DBURL = ").append(database.url()).append("\nDBUser = ").append(database.user())
                        .append("\nDBPassword = ").append(database.password()).append('\n');
            }
            Path conf = Files.writeString(dir.resolve("hub.conf"), text);
            HubProcess hub = new HubProcess(dir, conf, port, database);
            hub.createAdmin();
            hub.launch();
            return hub;
        } catch (IOException | RuntimeException | Error e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/kojihub");
    }

    URI filesUrl() {
        return URI.create("http://127.0.0.1:" + port + "/kojifiles");
    }

    /** The hub's file tree (task output under {@code work/tasks}, builds under {@code packages}). */
    Path files() {
        return dir.resolve("data").resolve("files");
    }

    KojiSession anonymous() {
        return XmlRpcKojiSession.open(
                ClientOptions.of(url()).withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(120)));
    }

    KojiSession login(String user, String password) {
        KojiSession session = anonymous();
        session.login(user, password);
        return session;
    }

    String logTail(int lines) {
        return process.logTail(lines);
    }

    /** Everything the hub wrote to its log, over all its starts. */
    String log() {
        return process.log();
    }

    /** SIGTERM and a new process on the same configuration, as after a reboot of the hub's machine. */
    void restart() {
        int status = process.stop(Duration.ofMinutes(1));
        if (status != 0 && status != 143) {
            throw new AssertionFailedError("the hub exited with " + status + " when stopped\n" + process.logTail(60));
        }
        launch();
    }

    private void createAdmin() throws IOException {
        Path log = dir.resolve("create-admin.log");
        ProcessBuilder builder = new ProcessBuilder(Checkout.launcher("koji-hub").toString(), "create-admin",
                "--config", conf.toString(), ADMIN).redirectErrorStream(true).redirectOutput(log.toFile());
        Process create = builder.start();
        try (OutputStream in = create.getOutputStream()) {
            in.write((ADMIN_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!create.waitFor(3, TimeUnit.MINUTES) || create.exitValue() != 0) {
                create.destroyForcibly();
                throw new AssertionFailedError("koji-hub create-admin failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        }
    }

    private void launch() {
        Path log = dir.resolve("hub.log");
        long earlierStarts = servingLines(log);
        process = LoggedProcess.start("koji-hub", List.of(Checkout.launcher("koji-hub").toString(), "--config",
                conf.toString()), log, Map.of());
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (servingLines(log) == earlierStarts) {
            if (!process.isAlive()) {
                throw new AssertionFailedError("the hub exited during its start\n" + process.logTail(80));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionFailedError("the hub did not start within " + START_TIMEOUT + "\n"
                        + process.logTail(80));
            }
            pause();
        }
    }

    /** How often the log says "koji-hub: serving": once per start. */
    private static long servingLines(Path log) {
        try {
            return Files.isRegularFile(log)
                    ? Files.readAllLines(log).stream().filter(line -> line.startsWith("koji-hub: serving")).count() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (process != null && process.isAlive()) {
                process.stop(Duration.ofMinutes(1));
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        }
    }
}
