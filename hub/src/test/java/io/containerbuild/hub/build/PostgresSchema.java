package io.containerbuild.hub.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.opentest4j.AssertionFailedError;

/**
 * A schema of its own in the test PostgreSQL ({@code scripts/test-infra.sh start}; found through
 * {@code CONTAINERBUILD_PG_URL}, {@code _USER}, {@code _PASSWORD} or the env file that script
 * writes), dropped on close. A missing database fails the test; it never skips.
 */
final class PostgresSchema implements AutoCloseable {
    private final String name = "build_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresSchema() {
        execute("CREATE SCHEMA " + name);
    }

    String url() {
        String url = setting("CONTAINERBUILD_PG_URL");
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    String user() {
        return setting("CONTAINERBUILD_PG_USER");
    }

    String password() {
        return setting("CONTAINERBUILD_PG_PASSWORD");
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private static void execute(String sql) {
        String url = setting("CONTAINERBUILD_PG_URL");
        try (Connection connection = DriverManager.getConnection(url, setting("CONTAINERBUILD_PG_USER"),
                setting("CONTAINERBUILD_PG_PASSWORD")); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionFailedError("PostgreSQL at " + url + ": " + sql + ": " + e.getMessage()
                    + ". Start it with `bash scripts/test-infra.sh start`.", e);
        }
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        if (value != null && !value.isBlank()) {
            return value;
        }
        String state = System.getenv("CONTAINERBUILD_INFRA_STATE");
        Path env = Path.of(state == null || state.isBlank() ? "/tmp/containerbuild-infra" : state, "env");
        try {
            if (Files.isRegularFile(env)) {
                for (String line : Files.readAllLines(env, StandardCharsets.UTF_8)) {
                    String prefix = "export " + name + "=";
                    if (line.strip().startsWith(prefix)) {
                        return line.strip().substring(prefix.length()).replaceAll("^'|'$", "");
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionFailedError("cannot read " + env + ": " + e, e);
        }
        throw new AssertionFailedError(name + " is not set and " + env + " does not name it: the test "
                + "PostgreSQL is not running. Start it with `bash scripts/test-infra.sh start`.");
    }
}
