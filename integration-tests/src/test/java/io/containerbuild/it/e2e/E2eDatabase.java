package io.containerbuild.it.e2e;

import io.containerbuild.it.RealParts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.opentest4j.AssertionFailedError;

/**
 * A fresh database in the test PostgreSQL for one hub, dropped on close (the hub's tests have the same
 * fixture, package-private to them): the hub migrates it from nothing, as on a first start.
 */
final class E2eDatabase implements AutoCloseable {
    private final String name = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    E2eDatabase() {
        execute("CREATE DATABASE " + name);
    }

    String url() {
        String base = RealParts.pgUrl();
        int query = base.indexOf('?');
        String path = query < 0 ? base : base.substring(0, query);
        return path.substring(0, path.lastIndexOf('/') + 1) + name + (query < 0 ? "" : base.substring(query));
    }

    String user() {
        return RealParts.pgUser();
    }

    String password() {
        return RealParts.pgPassword();
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        String url = RealParts.pgUrl();
        try (Connection connection = DriverManager.getConnection(url, RealParts.pgUser(), RealParts.pgPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionFailedError("PostgreSQL at " + url + ": " + sql + ": " + e.getMessage() + ". "
                    + RealParts.HOW_TO_START, e);
        }
    }
}
