package io.containerbuild.hub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The few JDBC moves every repository makes, so that the repositories read as SQL and mapping. */
final class Sql {
    private Sql() {}

    /** Reads one row into a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /** The first row, if any; empty too when the row maps to null (a NULL column read alone). */
    static <T> Optional<T> one(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(mapper.map(rows)) : Optional.empty();
            }
        }
    }

    /** Runs an UPDATE or DELETE; answers how many rows it changed. */
    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Runs an INSERT into a table with an identity column {@code id}; answers the new id. */
    static int insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for: " + sql);
                }
                return keys.getInt(1);
            }
        }
    }

    /**
     * Runs an INSERT that a unique constraint may refuse, inside a savepoint so that the refusal
     * leaves the transaction usable (PostgreSQL aborts a transaction on any error otherwise).
     * Answers the new id, or empty when the row already exists.
     */
    static Optional<Integer> insertUnlessDuplicate(Connection connection, String sql, Object... parameters)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            int id = insert(connection, sql, parameters);
            connection.releaseSavepoint(savepoint);
            return Optional.of(id);
        } catch (SQLException e) {
            connection.rollback(savepoint);
            if (SqlErrors.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Like {@link #insertUnlessDuplicate} for a table without an id; answers whether the row went in. */
    static boolean updateUnlessDuplicate(Connection connection, String sql, Object... parameters)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            update(connection, sql, parameters);
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            if (SqlErrors.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Boolean nullableBoolean(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            statement.setObject(i + 1, value instanceof Instant instant ? Times.toDatabase(instant) : value);
        }
    }

    /** {@code ?, ?, ?} for an IN list of {@code count} values. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
