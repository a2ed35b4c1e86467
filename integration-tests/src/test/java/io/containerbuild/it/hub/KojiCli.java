package io.containerbuild.it.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opentest4j.AssertionFailedError;

/**
 * {@code bin/koji} as people run it, from the packaged jars (Failsafe runs after the package phase),
 * with a koji.conf whose profiles point at a test hub: {@code admin} (the hub's first administrator),
 * {@code alice} (the maintainer of {@link ContainerBuildSetup}) and {@code anonymous} (noauth). Its
 * HOME is a directory of its own, so no ~/.koji of the machine is read.
 */
final class KojiCli {
    static final String WEBURL = "http://koji.example.com/koji";
    private static final long TIMEOUT_SECONDS = 60;

    private final Path launcher;
    private final Path config;
    private final Path home;

    private KojiCli(Path launcher, Path config, Path home) {
        this.launcher = launcher;
        this.config = config;
        this.home = home;
    }

    /** A client for the hub, its config and HOME under {@code dir}. */
    static KojiCli forHub(RunningHub hub, Path dir) throws IOException {
        // Failsafe runs in the module's directory; bin/ is beside it
        Path launcher = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent().resolve("bin/koji");
        if (!Files.isExecutable(launcher)) {
            throw new AssertionFailedError(launcher + " is missing or not executable");
        }
        Path home = Files.createDirectories(dir.resolve("home"));
        String common = "server = " + hub.url() + "\nweburl = " + WEBURL + "\ntopurl = " + hub.filesUrl()
                + "\npoll_interval = 1\n";
        Path config = Files.writeString(dir.resolve("koji.conf"), "[admin]\n" + common
                + "authtype = password\nuser = " + RunningHub.ADMIN + "\npassword = " + RunningHub.ADMIN_PASSWORD + "\n\n"
                + "[alice]\n" + common + "authtype = password\nuser = " + ContainerBuildSetup.MAINTAINER
                + "\npassword = " + ContainerBuildSetup.MAINTAINER_PASSWORD + "\n\n"
                + "[anonymous]\n" + common + "authtype = noauth\n");
        return new KojiCli(launcher, config, home);
    }

    /** What a run printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
        List<String> lines() {
            return stdout.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    /** Runs {@code koji -p PROFILE ARGS...} to completion with nothing on standard input. */
    Result run(String profile, String... args) {
        return runWithInput(profile, "", args);
    }

    /** Runs {@code koji -p PROFILE ARGS...} to completion with {@code input} on standard input. */
    Result runWithInput(String profile, String input, String... args) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory(home, "run");
            Files.writeString(dir.resolve("stdin"), input);
            Process koji = start(dir, profile, args);
            if (!koji.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                koji.destroyForcibly().waitFor();
                throw new AssertionFailedError("koji " + String.join(" ", args) + " did not finish within "
                        + TIMEOUT_SECONDS + " s; stdout:\n" + read(dir.resolve("stdout")));
            }
            return new Result(koji.exitValue(), read(dir.resolve("stdout")), read(dir.resolve("stderr")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        }
    }

    /**
     * Starts {@code koji -p PROFILE ARGS...} and leaves it running; its output goes to
     * {@code dir/stdout} and {@code dir/stderr}.
     */
    Process start(Path dir, String profile, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "-c", config.toString(), "-p", profile));
        command.addAll(List.of(args));
        Path stdin = dir.resolve("stdin");
        if (!Files.exists(stdin)) {
            Files.writeString(stdin, "");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(stdin.toFile())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        builder.environment().put("HOME", home.toString());
        return builder.start();
    }

    static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
