package io.containerbuild.hub.store;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of a subclass once on H2 and once on PostgreSQL, each test on a fresh, migrated
 * database of its own.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
abstract class StoreTestBase {
    @Parameter
    Backend backend;

    @TempDir
    Path tempDir;

    ScratchDatabase scratch;
    Store store;

    @BeforeEach
    void openStore() {
        scratch = backend.create(tempDir);
        store = Store.open(scratch.open(), Clock.systemUTC());
    }

    @AfterEach
    void closeStore() {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            scratch.close();
        }
    }

    /** Closes the store and opens it again on the same database, as a hub restart does. */
    Store restart() {
        store.close();
        store = Store.open(scratch.open(), Clock.systemUTC());
        return store;
    }

    User user(String name) {
        return store.users().create(name, UserType.NORMAL, null);
    }
}
