package io.containerbuild.hub.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * Where the test PostgreSQL is: {@code CONTAINERBUILD_PG_URL}, {@code _USER}, {@code _PASSWORD}
 * from the environment or, when unset, from the env file {@code scripts/test-infra.sh start} writes
 * (the contract in README.md). When it is missing or does not answer, the test fails and says how
 * to start it; it never skips.
 */
final class TestPostgres {
    static final String HOW_TO_START = "Start the real parts with `bash scripts/test-infra.sh start` "
            + "(or run everything with `bash scripts/run-tests.sh`).";

    private static Map<String, String> envFile;

    private TestPostgres() {}

    static String url() {
        return require("CONTAINERBUILD_PG_URL");
    }

    static String user() {
        return require("CONTAINERBUILD_PG_USER");
    }

    static String password() {
        return require("CONTAINERBUILD_PG_PASSWORD");
    }

    /** A plain connection (auto-commit) for setting up and dropping test schemas. */
    static Connection connect() {
        String url = url();
        try {
            return DriverManager.getConnection(url, user(), password());
        } catch (SQLException e) {
            throw new AssertionFailedError("PostgreSQL at " + url + " does not answer (" + e.getMessage() + "). "
                    + HOW_TO_START + " Logs of the parts: " + stateDir().resolve("logs") + ".", e);
        }
    }

    private static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = envFile().get(name);
        }
        if (value == null || value.isBlank()) {
            throw new AssertionFailedError(name + " is not set and " + stateDir().resolve("env")
                    + " does not name it: the test PostgreSQL is not running. " + HOW_TO_START);
        }
        return value;
    }

    private static Path stateDir() {
        String state = System.getenv("CONTAINERBUILD_INFRA_STATE");
        return Path.of(state == null || state.isBlank() ? "/tmp/containerbuild-infra" : state);
    }

    /** The {@code export NAME='value'} lines of the env file; a missing file is empty. */
    private static synchronized Map<String, String> envFile() {
        if (envFile == null) {
            envFile = new HashMap<>();
            Path file = stateDir().resolve("env");
            if (Files.isRegularFile(file)) {
                try {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        String assignment = line.strip();
                        int eq = assignment.indexOf('=');
                        if (!assignment.startsWith("export ") || eq < 0) {
                            continue;
                        }
                        String value = assignment.substring(eq + 1);
                        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                            value = value.substring(1, value.length() - 1);
                        }
                        envFile.put(assignment.substring("export ".length(), eq), value);
                    }
                } catch (IOException e) {
                    throw new AssertionFailedError("cannot read " + file + ": " + e, e);
                }
            }
        }
        return envFile;
    }
}
