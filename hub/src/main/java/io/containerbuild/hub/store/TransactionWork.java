package io.containerbuild.hub.store;

import java.sql.Connection;
import java.sql.SQLException;

/** What runs inside one transaction; it may run again when the database asks for a retry. */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Connection connection) throws SQLException;
}
