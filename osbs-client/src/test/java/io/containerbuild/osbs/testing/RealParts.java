package io.containerbuild.osbs.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * Where the real parts are (the Docker engine, the registry, the git daemon, busybox): from the
 * environment, else from the env file {@code scripts/test-infra.sh start} writes. A missing part
 * fails the test with how to start it; it never skips. Same contract as integration-tests' RealParts.
 */
public final class RealParts {

    public static final String HOW_TO_START = "Start the real parts with `bash scripts/test-infra.sh start` "
            + "(or run everything with `bash scripts/run-tests.sh`).";

    private static Map<String, String> envFile;

    private RealParts() {
    }

    /** {@code unix:///...} */
    public static String dockerHost() {
        String host = require("DOCKER_HOST");
        if (!host.startsWith("unix://")) {
            throw new AssertionFailedError("DOCKER_HOST is '" + host + "', but these tests use the engine on a unix"
                    + " socket. " + HOW_TO_START);
        }
        return host;
    }

    /** {@code host:port} of the plain-HTTP registry. */
    public static String registry() {
        return require("CONTAINERBUILD_REGISTRY");
    }

    public static Path gitRoot() {
        Path root = Path.of(require("CONTAINERBUILD_GIT_ROOT"));
        if (!Files.isDirectory(root)) {
            throw new AssertionFailedError("CONTAINERBUILD_GIT_ROOT " + root + " is not a directory. " + HOW_TO_START);
        }
        return root;
    }

    public static String gitUrl() {
        String url = require("CONTAINERBUILD_GIT_URL");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static Path busybox() {
        Path busybox = Path.of(require("CONTAINERBUILD_BUSYBOX"));
        if (!Files.isRegularFile(busybox)) {
            throw new AssertionFailedError("CONTAINERBUILD_BUSYBOX " + busybox + " is missing. " + HOW_TO_START);
        }
        return busybox;
    }

    public static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = envFile().get(name);
        }
        if (value == null || value.isBlank()) {
            throw new AssertionFailedError(name + " is not set and " + envFilePath()
                    + " does not name it: the real parts are not running. " + HOW_TO_START);
        }
        return value;
    }

    private static Path envFilePath() {
        String state = System.getenv("CONTAINERBUILD_INFRA_STATE");
        return Path.of(state == null || state.isBlank() ? "/tmp/containerbuild-infra" : state).resolve("env");
    }

    private static synchronized Map<String, String> envFile() {
        if (envFile == null) {
            envFile = new HashMap<>();
            Path file = envFilePath();
            if (Files.isRegularFile(file)) {
                try {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        String assignment = line.strip();
                        if (!assignment.startsWith("export ")) {
                            continue;
                        }
                        assignment = assignment.substring("export ".length());
                        int eq = assignment.indexOf('=');
                        if (eq <= 0) {
                            continue;
                        }
                        String value = assignment.substring(eq + 1);
                        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                            value = value.substring(1, value.length() - 1);
                        }
                        envFile.put(assignment.substring(0, eq), value);
                    }
                } catch (IOException e) {
                    throw new AssertionFailedError("cannot read " + file + ": " + e, e);
                }
            }
        }
        return envFile;
    }
}
