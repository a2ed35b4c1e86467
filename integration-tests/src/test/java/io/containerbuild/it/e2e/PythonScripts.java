package io.containerbuild.it.e2e;

import io.containerbuild.testing.PythonPeer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a script of {@code src/test/resources/e2e/} with python3, next to the integration tests' {@code
 * koji_session.py} (the wire part of {@code koji.ClientSession}); answers its {@code name<TAB>value} checks.
 */
final class PythonScripts {
    private PythonScripts() {}

    static Map<String, String> run(Path scratch, String script, String... args) {
        try {
            Path dir = Files.createDirectories(scratch.resolve("python"));
            copy("/koji/koji_session.py", dir.resolve("koji_session.py"));
            copy("/e2e/" + script, dir.resolve(script));
            List<String> command = new ArrayList<>(List.of(PythonPeer.python3().toString(), dir.resolve(script).toString()));
            command.addAll(List.of(args));
            Commands.Ran ran = Commands.runAllowingFailure(command, Map.of("PYTHONDONTWRITEBYTECODE", "1"), 3, null);
            if (ran.exitCode() != 0) {
                throw new AssertionFailedError(script + " exited with " + ran.exitCode() + "\nstdout:\n" + ran.stdout()
                        + "\nstderr:\n" + ran.stderr());
            }
            return new PythonPeer.Result(ran.exitCode(), ran.stdout(), ran.stderr()).reports();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path file) throws IOException {
        try (InputStream in = PythonScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionFailedError("no " + resource + " on the test class path");
            }
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
