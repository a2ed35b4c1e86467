package io.containerbuild.it.hub;

import io.containerbuild.testing.PythonPeer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the Python scripts of {@code src/test/resources/koji/} with python3. Each script imports
 * {@code koji_session.py}, the wire part of {@code koji.ClientSession} in the standard library alone,
 * so the two are copied side by side first. Scripts print one check per line, {@code name<TAB>value};
 * a script that fails fails the test with everything it printed.
 */
final class PythonKoji {
    private static final String DIR = "/koji/";
    private static final String LIBRARY = "koji_session.py";
    private static final long TIMEOUT_SECONDS = 120;

    private PythonKoji() {}

    /** Runs {@code script} to completion, requires exit status 0, and answers its checks by name. */
    static Map<String, String> run(String script, Object... args) {
        PythonPeer.Result result = runAllowingFailure(script, args);
        if (result.exitCode() != 0) {
            throw new AssertionFailedError(script + " exited with " + result.exitCode() + "\nstdout:\n"
                    + result.stdout() + "\nstderr:\n" + result.stderr());
        }
        return result.reports();
    }

    static PythonPeer.Result runAllowingFailure(String script, Object... args) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("python-koji");
            copy(LIBRARY, dir);
            Path file = copy(script, dir);
            List<String> command = new ArrayList<>(List.of(PythonPeer.python3().toString(), file.toString()));
            for (Object arg : args) {
                command.add(String.valueOf(arg));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(dir.resolve("stdout").toFile())
                    .redirectError(dir.resolve("stderr").toFile());
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionFailedError(script + " did not finish within " + TIMEOUT_SECONDS + " s\nstdout:\n"
                        + read(dir.resolve("stdout")) + "\nstderr:\n" + read(dir.resolve("stderr")));
            }
            return new PythonPeer.Result(process.exitValue(), read(dir.resolve("stdout")), read(dir.resolve("stderr")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted while " + script + " ran", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Path copy(String name, Path dir) throws IOException {
        try (InputStream in = PythonKoji.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new AssertionFailedError("no script " + DIR + name + " on the test class path");
            }
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary directory left behind is no reason to fail a test
        }
    }
}
