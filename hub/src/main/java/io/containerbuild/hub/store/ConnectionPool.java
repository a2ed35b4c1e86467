package io.containerbuild.hub.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bounded pool of physical connections, for both databases.
 *
 * <p>Why not H2's {@code JdbcConnectionPool} (which would accept PostgreSQL's
 * {@code PGConnectionPoolDataSource} too): it ignores {@code connectionErrorOccurred} and returns
 * every connection to the pool, so after a PostgreSQL restart the dead connections would be handed
 * out again and again. This pool drops a connection that failed at the connection level, and checks
 * nothing on the fast path: a borrowed idle connection is used as it is.
 */
final class ConnectionPool implements AutoCloseable {

    /** Opens a new physical connection. */
    @FunctionalInterface
    interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private final ConnectionFactory factory;
    private final int size;
    private final Semaphore permits;
    private final Duration borrowTimeout;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(ConnectionFactory factory, int size, Duration borrowTimeout) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, got " + size);
        }
        this.factory = factory;
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.borrowTimeout = borrowTimeout;
    }

    /** A connection with auto-commit off; give it back with {@link #giveBack}. */
    Connection borrow() throws SQLException {
        try {
            if (!permits.tryAcquire(borrowTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreException("no database connection became free within " + borrowTimeout.toSeconds()
                        + " s (all " + size + " in use)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", e);
        }
        try {
            Connection connection = takeIdle();
            return connection != null ? connection : openNew();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Returns a borrowed connection; a broken one is closed instead of kept. */
    void giveBack(Connection connection, boolean broken) {
        try {
            if (broken || !keep(connection)) {
                closeQuietly(connection);
            }
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(ConnectionPool::closeQuietly);
            idle.clear();
        }
    }

    private synchronized Connection takeIdle() {
        if (closed) {
            throw new StoreException("the database is closed");
        }
        // Last in, first out: the most recently used connection is the one most likely alive.
        return idle.pollFirst();
    }

    private synchronized boolean keep(Connection connection) {
        if (closed) {
            return false;
        }
        idle.addFirst(connection);
        return true;
    }

    private Connection openNew() throws SQLException {
        Connection connection = factory.open();
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // it is being thrown away because it is unusable; there is nothing left to do with it
        }
    }
}
