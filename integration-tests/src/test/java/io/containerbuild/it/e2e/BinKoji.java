package io.containerbuild.it.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * {@code bin/koji} as people run it, with a client configuration of two profiles: {@code maintainer} (who
 * submits builds) and {@code admin}; its own HOME, so that no ~/.koji of the machine is read.
 */
final class BinKoji {
    static final String MAINTAINER = "maintainer";
    static final String ADMIN = "admin";
    private static final Pattern CREATED_TASK = Pattern.compile("(?m)^Created task: (\\d+)$");

    private final Path home;
    private final Path config;

    private BinKoji(Path home, Path config) {
        this.home = home;
        this.config = config;
    }

    static BinKoji configure(HubProcess hub, Path dir, String user, String password) {
        try {
            Path home = Files.createDirectories(dir.resolve("home"));
            String common = "server = " + hub.url() + "\nweburl = http://127.0.0.1/koji\ntopurl = " + hub.filesUrl()
                    + "\nauthtype = password\npoll_interval = 1\n";
            Path config = Files.writeString(dir.resolve("koji.conf"), "[" + MAINTAINER + "]\n" + common + "user = "
                    + user + "\npassword = " + password + "\n\n[" + ADMIN + "]\n" + common + "user = " + HubProcess.ADMIN
                    + "\npassword = " + HubProcess.ADMIN_PASSWORD + "\n");
            return new BinKoji(home, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code bin/koji -c CONFIG -p PROFILE ARGS...} to its end (at most {@code minutes}). */
    Commands.Ran run(String profile, int minutes, String... args) {
        List<String> command = new ArrayList<>(List.of(Checkout.launcher("koji").toString(), "-c", config.toString(),
                "-p", profile));
        command.addAll(List.of(args));
        return Commands.runAllowingFailure(command, Map.of("HOME", home.toString()), minutes, null);
    }

    /** Starts {@code bin/koji} in the background, e.g. a {@code container-build --wait} to be watched. */
    Process start(String profile, Path out, String... args) {
        List<String> command = new ArrayList<>(List.of(Checkout.launcher("koji").toString(), "-c", config.toString(),
                "-p", profile));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("HOME", home.toString());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The task id of {@code Created task: N} in a container-build's output. */
    static int createdTask(String output) {
        Matcher matcher = CREATED_TASK.matcher(output);
        if (!matcher.find()) {
            throw new AssertionFailedError("no 'Created task:' line in:\n" + output);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
