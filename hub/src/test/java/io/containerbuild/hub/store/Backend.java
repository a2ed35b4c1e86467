package io.containerbuild.hub.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The databases every store test runs on. */
enum Backend {
    H2 {
        @Override
        ScratchDatabase create(Path tempDir) {
            return new ScratchDatabase(() -> Database.h2(tempDir, 8), () -> { });
        }
    },
    POSTGRESQL {
        /**
         * A schema of its own in the test database, found through {@code currentSchema}, and dropped
         * afterwards, so that test classes and parallel runs never see each other's rows.
         */
        @Override
        ScratchDatabase create(Path tempDir) {
            String schema = "store_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE SCHEMA " + schema);
            String url = TestPostgres.url();
            String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new ScratchDatabase(() -> Database.postgres(schemaUrl, TestPostgres.user(), TestPostgres.password(), 8),
                    () -> execute("DROP SCHEMA " + schema + " CASCADE"));
        }

        private void execute(String sql) {
            try (Connection connection = TestPostgres.connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    };

    /** A new, empty database for one test. */
    abstract ScratchDatabase create(Path tempDir);
}
