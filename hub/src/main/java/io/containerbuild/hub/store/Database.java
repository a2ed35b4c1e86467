package io.containerbuild.hub.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * The hub's database: an embedded H2 file database in a data directory, or PostgreSQL by URL,
 * behind a small connection pool, with one way in: {@link #inTransaction}.
 *
 * <p>The only difference between the two databases lives here, in the H2 URL: its settings make H2
 * behave like PostgreSQL where the schema and the statements would notice (lower-case names,
 * {@code NULL}s sorting last, waiting for row locks instead of failing after a second).
 */
public final class Database implements AutoCloseable {
    /** Enough for a hub's worker threads; PostgreSQL's default allows 100 connections. */
    public static final int DEFAULT_POOL_SIZE = 16;

    private static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_ATTEMPTS = 3;
    // DB_CLOSE_ON_EXIT=FALSE: the store is closed by its owner (the hub's shutdown hook, after its HTTP server
    // stopped). H2's own exit hook ran beside that hook and closed the database first, so calls arriving while
    // the hub stopped were answered "Database is already closed" faults instead of finding no hub.
    private static final String H2_SETTINGS =
            ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

    private final DatabaseKind kind;
    private final String description;
    private final ConnectionPool pool;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    private Database(DatabaseKind kind, String description, ConnectionPool pool) {
        this.kind = kind;
        this.description = description;
        this.pool = pool;
    }

    /** The embedded database {@code <dataDir>/koji.mv.db}, created when missing. */
    public static Database h2(Path dataDir) {
        return h2(dataDir, DEFAULT_POOL_SIZE);
    }

    public static Database h2(Path dataDir, int poolSize) {
        String url = h2Url(dataDir);
        return new Database(DatabaseKind.H2, url,
                new ConnectionPool(() -> DriverManager.getConnection(url, "sa", ""), poolSize, BORROW_TIMEOUT));
    }

    /** The JDBC URL of the embedded database in a data directory. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("koji") + H2_SETTINGS;
    }

    /** A PostgreSQL database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/koji}. */
    public static Database postgres(String url, String user, String password) {
        return postgres(url, user, password, DEFAULT_POOL_SIZE);
    }

    public static Database postgres(String url, String user, String password, int poolSize) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        return new Database(DatabaseKind.POSTGRESQL, url,
                new ConnectionPool(() -> DriverManager.getConnection(url, user, password), poolSize, BORROW_TIMEOUT));
    }

    public DatabaseKind kind() {
        return kind;
    }

    /**
     * Runs {@code work} in a transaction at READ COMMITTED: committed when it returns, rolled back
     * when it throws (the exception goes on unchanged, SQL errors as {@link StoreException}). A
     * serialization failure or deadlock runs it again, up to three times in all.
     *
     * <p>A call made while this thread is already in a transaction joins that transaction, so that
     * the hub can combine several store calls into one atomic unit.
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work);
            } catch (RetryableFailure e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw failure(e.cause);
                }
            }
        }
    }

    private <T> T runOnce(TransactionWork<T> work) {
        Connection connection;
        try {
            connection = pool.borrow();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + description + ": " + e.getMessage(), e);
        }
        boolean broken = false;
        current.set(connection);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            broken = rollback(connection, e);
            if (SqlErrors.isRetryable(e)) {
                throw new RetryableFailure(e);
            }
            throw failure(e);
        } catch (RuntimeException | Error e) {
            broken = rollback(connection, e);
            throw e;
        } finally {
            current.remove();
            pool.giveBack(connection, broken);
        }
    }

    /** Rolls back; answers whether the connection is broken and must leave the pool. */
    private static boolean rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
            return true;
        }
        if (cause instanceof SQLException e && SqlErrors.isConnectionFailure(e)) {
            return true;
        }
        try {
            return cause instanceof SQLException && !connection.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException(kind + " database error [" + e.getSQLState() + "]: " + e.getMessage(), e);
    }

    /** Closes every pooled connection; the embedded database closes with its last connection. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return kind + " " + description;
    }

    /** A lost race the whole transaction may run again for. */
    private static final class RetryableFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException cause;

        RetryableFailure(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
