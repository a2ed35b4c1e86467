package io.containerbuild.it.hub;

import io.containerbuild.it.RealParts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.opentest4j.AssertionFailedError;

/**
 * A database of its own in the test PostgreSQL ({@code scripts/test-infra.sh start}), made with
 * {@code CREATE DATABASE} as the test user and dropped on close, so that each test class meets an
 * empty database and the hub runs its migrations from the first one, as on a first start.
 */
final class PostgresDatabase implements AutoCloseable {
    private final String name = "hubit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    PostgresDatabase() {
        execute("CREATE DATABASE " + name);
    }

    /** The JDBC URL of this database: the test database's URL with the database name replaced. */
    String url() {
        String base = RealParts.pgUrl();
        int query = base.indexOf('?');
        String path = query < 0 ? base : base.substring(0, query);
        String rest = query < 0 ? "" : base.substring(query);
        return path.substring(0, path.lastIndexOf('/') + 1) + name + rest;
    }

    String user() {
        return RealParts.pgUser();
    }

    String password() {
        return RealParts.pgPassword();
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        // FORCE: a connection the hub failed to close must not keep the database alive
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs a statement in the test database (CREATE/DROP DATABASE cannot run inside the database itself). */
    private static void execute(String sql) {
        String url = RealParts.pgUrl();
        try (Connection connection = DriverManager.getConnection(url, RealParts.pgUser(), RealParts.pgPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionFailedError("PostgreSQL at " + url + " as " + RealParts.pgUser() + ": " + sql + ": "
                    + e.getMessage() + ". " + RealParts.HOW_TO_START, e);
        }
    }
}
