package io.containerbuild.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectionPoolTest {
    private final AtomicInteger opened = new AtomicInteger();
    private final ConnectionPool pool = new ConnectionPool(() -> {
        opened.incrementAndGet();
        return DriverManager.getConnection("jdbc:h2:mem:pooltest;DB_CLOSE_DELAY=-1", "sa", "");
    }, 2, Duration.ofSeconds(5));

    @Test
    void reusesAHealthyConnectionAndReplacesABrokenOne() throws Exception {
        Connection first = pool.borrow();
        pool.giveBack(first, false);
        assertSame(first, pool.borrow(), "the idle connection is used again");
        pool.giveBack(first, true);
        assertTrue(first.isClosed(), "a broken connection is closed, not kept");
        Connection replacement = pool.borrow();
        assertNotSame(first, replacement);
        assertEquals(2, opened.get());
        pool.giveBack(replacement, false);
        pool.close();
        assertTrue(replacement.isClosed(), "closing the pool closes idle connections");
    }

    @Test
    void connectionsComeWithoutAutoCommit() throws Exception {
        Connection connection = pool.borrow();
        assertEquals(false, connection.getAutoCommit());
        assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
        pool.giveBack(connection, false);
        pool.close();
        assertThrows(StoreException.class, pool::borrow);
    }
}
