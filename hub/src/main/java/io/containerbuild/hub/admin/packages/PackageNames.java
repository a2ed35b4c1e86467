package io.containerbuild.hub.admin.packages;

import io.containerbuild.hub.admin.NameOrId;
import io.containerbuild.hub.store.Database;
import io.containerbuild.hub.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Package names, which builds and package lists share. The store makes them but has no call to
 * find one by id or name or to list them, which Koji's {@code lookup_package} and
 * {@code listPackages()} need; so this reads the {@code packages} table itself, in the call's
 * transaction, and never writes it.
 */
final class PackageNames {
    /** One row of the table. */
    record PackageName(int id, String name) {}

    private final Database database;

    PackageNames(Store store) {
        this.database = store.database();
    }

    Optional<PackageName> find(Object packageInfo) {
        return NameOrId.of(packageInfo).find(
                id -> one("SELECT id, name FROM packages WHERE id = ?", id),
                name -> one("SELECT id, name FROM packages WHERE name = ?", name));
    }

    /** Every package, by id. */
    List<PackageName> all() {
        return database.inTransaction(connection -> {
            List<PackageName> names = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, name FROM packages ORDER BY id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(read(rows));
                }
            }
            return names;
        });
    }

    private Optional<PackageName> one(String sql, Object key) {
        return database.inTransaction(connection -> query(connection, sql, key));
    }

    private static Optional<PackageName> query(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static PackageName read(ResultSet row) throws SQLException {
        return new PackageName(row.getInt("id"), row.getString("name"));
    }
}
