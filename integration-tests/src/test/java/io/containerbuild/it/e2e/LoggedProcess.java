package io.containerbuild.it.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opentest4j.AssertionFailedError;

/**
 * A program of this checkout ({@code bin/koji-hub}, {@code bin/kojid}) run as its own process, standard
 * output and error going to one log file that failure messages quote. The launchers {@code exec} java, so
 * the process is the JVM itself: SIGTERM reaches its shutdown hook, SIGKILL kills it at once.
 */
final class LoggedProcess {
    private final String name;
    private final Process process;
    private final Path log;

    private LoggedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command}, appending its output to {@code log}. */
    static LoggedProcess start(String name, List<String> command, Path log, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        try {
            return new LoggedProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process wrote so far. */
    String log() {
        try {
            return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** The log as a failure message shows it: the last lines, under a heading. */
    String logTail(int lines) {
        List<String> all = log().lines().toList();
        return "--- " + name + " (" + log + ", last " + Math.min(lines, all.size()) + " of " + all.size()
                + " lines) ---\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
    }

    /** SIGTERM, then waits for the exit; answers the exit status. */
    int stop(Duration patience) {
        process.destroy();
        return awaitExit(patience);
    }

    /** SIGKILL, as a crash or an OOM killer would; answers the exit status. */
    int kill() {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    int awaitExit(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionFailedError(name + " did not exit within " + patience + "\n" + logTail(60));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted while waiting for " + name, e);
        }
    }
}
