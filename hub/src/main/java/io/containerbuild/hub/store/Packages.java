package io.containerbuild.hub.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Package names, shared by builds and package lists; made on first use. */
final class Packages {
    private Packages() {}

    static Optional<Integer> find(Connection connection, String name) throws SQLException {
        return Sql.one(connection, "SELECT id FROM packages WHERE name = ?", row -> row.getInt("id"), name);
    }

    /** The package's id, creating it; a concurrent creation of the same name is not an error. */
    static int ensure(Connection connection, String name) throws SQLException {
        Optional<Integer> existing = find(connection, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<Integer> created = Sql.insertUnlessDuplicate(connection, "INSERT INTO packages (name) VALUES (?)", name);
        if (created.isPresent()) {
            return created.get();
        }
        return find(connection, name).orElseThrow(() -> new SQLException("package " + name + " vanished"));
    }
}
