package io.containerbuild.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * Where the real parts of the test infrastructure are: the Docker engine, the registry, PostgreSQL
 * and the git daemon that {@code scripts/test-infra.sh start} runs.
 *
 * <p>Each location comes from an environment variable (the contract in README.md) or, when the
 * variable is not set, from the env file that the script writes into its state directory, so that
 * {@code mvn verify} works after a plain {@code scripts/test-infra.sh start}. A part that is missing
 * is a test failure that says how to start it, never a skip.
 */
public final class RealParts {

    /** What to do when a part is missing; part of every failure message. */
    public static final String HOW_TO_START =
            "Start the real parts with `bash scripts/test-infra.sh start` "
                    + "(or run everything with `bash scripts/run-tests.sh`).";

    static final String STATE_VARIABLE = "CONTAINERBUILD_INFRA_STATE";
    static final String DEFAULT_STATE = "/tmp/containerbuild-infra";

    private static Map<String, String> envFile;

    private RealParts() {}

    /** The unix socket of the Docker engine, from {@code DOCKER_HOST=unix:///...}. */
    public static Path dockerSocket() {
        String host = require("DOCKER_HOST");
        if (!host.startsWith("unix://")) {
            throw new AssertionFailedError("DOCKER_HOST is '" + host + "', but these tests use the engine on a unix"
                    + " socket (unix:///...). " + HOW_TO_START);
        }
        return Path.of(host.substring("unix://".length()));
    }

    /** The plain-HTTP registry, as {@code host:port}. */
    public static String registry() {
        return require("CONTAINERBUILD_REGISTRY");
    }

    /** The JDBC URL of the PostgreSQL test database. */
    public static String pgUrl() {
        return require("CONTAINERBUILD_PG_URL");
    }

    public static String pgUser() {
        return require("CONTAINERBUILD_PG_USER");
    }

    public static String pgPassword() {
        return require("CONTAINERBUILD_PG_PASSWORD");
    }

    /** The git daemon's base path: a bare repository made at {@code gitRoot()/x.git} is served as {@code gitUrl()/x.git}. */
    public static Path gitRoot() {
        Path root = Path.of(require("CONTAINERBUILD_GIT_ROOT"));
        if (!Files.isDirectory(root)) {
            throw new AssertionFailedError("CONTAINERBUILD_GIT_ROOT " + root + " is not a directory. " + HOW_TO_START);
        }
        return root;
    }

    /** The git daemon's URL without a trailing slash, e.g. {@code git://127.0.0.1:9418}. */
    public static String gitUrl() {
        String url = require("CONTAINERBUILD_GIT_URL");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The value of a variable of the contract; fails the calling test, saying how to start the
     * parts, when neither the environment nor the env file has it.
     */
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

    /** The failure for a part that is configured but does not answer. */
    public static AssertionFailedError notAnswering(String part, String where, Throwable cause) {
        return new AssertionFailedError(part + " at " + where + " does not answer (" + cause + "). "
                + HOW_TO_START + " Logs of the parts: " + stateDir().resolve("logs") + ".", cause);
    }

    static Path stateDir() {
        String state = System.getenv(STATE_VARIABLE);
        return Path.of(state == null || state.isBlank() ? DEFAULT_STATE : state);
    }

    static Path envFilePath() {
        return stateDir().resolve("env");
    }

    private static synchronized Map<String, String> envFile() {
        if (envFile == null) {
            envFile = readEnvFile(envFilePath());
        }
        return envFile;
    }

    /** Reads the {@code export NAME='value'} lines that scripts/test-infra.sh writes; a missing file is empty. */
    static Map<String, String> readEnvFile(Path file) {
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
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
                values.put(assignment.substring(0, eq), value);
            }
        } catch (IOException e) {
            throw new AssertionFailedError("cannot read " + file + ": " + e, e);
        }
        return values;
    }
}
