package io.containerbuild.hub.build;

import io.containerbuild.hub.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL for what the store has no method for: searches ({@code listBuilds} by prefix or glob,
 * {@code listArchives} by file name, ...) that answer only ids or a count, and the two updates
 * listed in the package overview. It runs in the call's transaction. Records are then read through
 * the store, so how a row becomes a record stays in one place.
 */
final class DirectSql {
    private final Database database;

    DirectSql(Database database) {
        this.database = database;
    }

    /** The first column of every row, as ints. */
    List<Integer> ids(String sql, List<Object> values) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, values); ResultSet rows = statement.executeQuery()) {
                List<Integer> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getInt(1));
                }
                return ids;
            }
        });
    }

    /** A {@code SELECT COUNT(*)}'s answer. */
    int count(String sql, List<Object> values) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, values); ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** An UPDATE; answers how many rows changed. */
    int update(String sql, List<Object> values) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, values)) {
                return statement.executeUpdate();
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                // both databases take times as OffsetDateTime, as the store writes them
                statement.setObject(i + 1, value instanceof Instant instant
                        ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
