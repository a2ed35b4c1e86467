package io.containerbuild.hub.store;

import java.sql.SQLException;

/** Classifies SQL errors by SQLSTATE, which H2 and PostgreSQL share for the cases below. */
final class SqlErrors {
    private SqlErrors() {}

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /**
     * Serialization failures and deadlocks: the transaction lost a race and may simply run again.
     * 40001 on both databases, 40P01 is PostgreSQL's deadlock.
     */
    static boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
    }

    /** SQLSTATE class 08: the connection itself is gone and must not go back to the pool. */
    static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("08");
    }
}
