package io.containerbuild.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs Python 3 scripts from the test classpath as real peers: a client run to completion ({@link #run}) or a
 * server kept running until closed ({@link #serve}). A server script must print {@code LISTENING <port>} on its
 * first stdout line once it accepts connections. Without {@code python3} on the PATH the calling test fails;
 * it is not skipped.
 */
public final class PythonPeer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final StringBuffer stderr;

    private PythonPeer(Process process, int port, StringBuffer stderr) {
        this.process = process;
        this.port = port;
        this.stderr = stderr;
    }

    /** The python3 executable on the PATH. */
    public static Path python3() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "python3");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("python3 is required for the Python interoperability tests but is not on the "
                + "PATH (" + path + "); install python3 (for example: apt-get install python3)");
    }

    /** Runs a script to completion and returns what it printed. */
    public static Result run(String scriptResource, Duration timeout, String... args) {
        Process process = start(scriptResource, args);
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(scriptResource + " did not finish within " + timeout + "; stderr:\n"
                        + err.getNow(""));
            }
            return new Result(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("could not read the output of " + scriptResource, e);
        }
    }

    /** Starts a server script and waits until it listens. */
    public static PythonPeer serve(String scriptResource, String... args) {
        Process process = start(scriptResource, args);
        StringBuffer stderr = new StringBuffer();
        onOwnThread(() -> copyLines(process.getErrorStream(), stderr));
        CompletableFuture<Integer> port = onOwnThread(() -> {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            try {
                String first = out.readLine();
                if (first == null || !first.startsWith("LISTENING ")) {
                    throw new IllegalStateException("expected LISTENING <port>, got " + first);
                }
                onOwnThread(() -> copyLines(out, new StringBuffer()));
                return Integer.parseInt(first.substring("LISTENING ".length()).trim());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return new PythonPeer(process, port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS), stderr);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError(scriptResource + " did not start listening; stderr:\n" + stderr, e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT/path}. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What the server wrote to stderr so far, for failure messages. */
    public String stderr() {
        return stderr.toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static Process start(String scriptResource, String... args) {
        List<String> command = new ArrayList<>();
        command.add(python3().toString());
        command.add(extract(scriptResource).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        builder.environment().put("PYTHONUNBUFFERED", "1");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new AssertionError("could not start python3 for " + scriptResource, e);
        }
    }

    /** Copies a script out of the (possibly jarred) test classpath into a temporary file. */
    private static Path extract(String scriptResource) {
        try (InputStream in = PythonPeer.class.getResourceAsStream(scriptResource)) {
            if (in == null) {
                throw new AssertionError("no script " + scriptResource + " on the test classpath");
            }
            Path file = Files.createTempFile("peer-", ".py");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return onOwnThread(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Runs a blocking pipe read on a daemon thread of its own: on the common pool such reads could occupy every
     * worker until the peer exits.
     */
    private static <T> CompletableFuture<T> onOwnThread(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "python-peer-io");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static void onOwnThread(Runnable task) {
        onOwnThread(() -> {
            task.run();
            return null;
        });
    }

    private static void copyLines(InputStream stream, StringBuffer sink) {
        copyLines(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)), sink);
    }

    private static void copyLines(BufferedReader reader, StringBuffer sink) {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                sink.append(line).append('\n');
            }
        } catch (IOException e) {
            // the process went away; what was read so far is kept
        }
    }

    /**
     * A finished script run.
     *
     * @param exitCode the exit status
     * @param stdout   everything printed to stdout
     * @param stderr   everything printed to stderr
     */
    public record Result(int exitCode, String stdout, String stderr) {

        /** Lines of the form {@code name<TAB>value}, by name, for scripts that report one check per line. */
        public Map<String, String> reports() {
            Map<String, String> reports = new LinkedHashMap<>();
            stdout.lines().forEach(line -> {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    reports.put(line.substring(0, tab), line.substring(tab + 1));
                }
            });
            return reports;
        }
    }
}
