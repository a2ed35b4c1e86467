package io.containerbuild.it.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opentest4j.AssertionFailedError;

/** Runs short commands (git, bin/koji, curl) to completion; a failure fails the test with the output. */
final class Commands {

    /** How a command ran. */
    record Ran(int exitCode, String stdout, String stderr) {}

    private Commands() {}

    static Ran run(List<String> command, Map<String, String> env, int minutes) {
        Ran ran = runAllowingFailure(command, env, minutes, null);
        if (ran.exitCode() != 0) {
            throw new AssertionFailedError(command + " exited with " + ran.exitCode() + "\nstdout:\n"
                    + ran.stdout() + "\nstderr:\n" + ran.stderr());
        }
        return ran;
    }

    static Ran runAllowingFailure(List<String> command, Map<String, String> env, int minutes, String stdin) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("e2e-out", ".txt");
            err = Files.createTempFile("e2e-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            if (stdin == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            }
            builder.environment().putAll(env);
            Process process = builder.start();
            if (stdin != null) {
                try (OutputStream in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionFailedError(command + " did not finish within " + minutes + " min\nstdout:\n"
                        + Files.readString(out) + "\nstderr:\n" + Files.readString(err));
            }
            return new Ran(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted while running " + command, e);
        } finally {
            try {
                if (out != null) {
                    Files.deleteIfExists(out);
                }
                if (err != null) {
                    Files.deleteIfExists(err);
                }
            } catch (IOException e) {
                // a temporary file left behind fails nothing
            }
        }
    }
}
