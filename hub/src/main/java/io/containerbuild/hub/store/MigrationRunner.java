package io.containerbuild.hub.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a database's schema up to date: applies the migrations listed in
 * {@code db/migration/index.txt} that {@code schema_version} does not record yet, in version order,
 * each in its own transaction together with its {@code schema_version} row.
 *
 * <p>On PostgreSQL a failing migration leaves nothing behind. H2 commits each DDL statement on its
 * own, so there a migration that fails halfway needs the data directory restored; the migrations are
 * tested on both databases before they ship, which is what keeps that from happening.
 *
 * <p>A migration that was applied and then edited, or a database newer than this hub, stops the
 * start: silently running on a schema that differs from the code is worse than not starting.
 * One hub process migrates a database at a time (the first start of a second hub against the
 * same fresh PostgreSQL database at the same moment is not supported).
 */
public final class MigrationRunner {
    static final String INDEX = "db/migration/index.txt";
    private static final String DIRECTORY = "db/migration/";

    private static final String CREATE_VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER PRIMARY KEY,
                description VARCHAR(255) NOT NULL,
                checksum VARCHAR(64) NOT NULL,
                applied_at TIMESTAMP WITH TIME ZONE NOT NULL
            )""";

    private final Database database;
    private final Clock clock;

    public MigrationRunner(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The migrations this hub ships, in version order. */
    public static List<Migration> available() {
        List<Migration> migrations = new ArrayList<>();
        for (String line : resource(INDEX).split("\n")) {
            String fileName = line.strip();
            if (!fileName.isEmpty() && !fileName.startsWith("#")) {
                migrations.add(Migration.of(fileName, resource(DIRECTORY + fileName)));
            }
        }
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new StoreException(INDEX + " must list V1, V2, ... in order without gaps; entry " + (i + 1)
                        + " is V" + migrations.get(i).version());
            }
        }
        return List.copyOf(migrations);
    }

    /** Applies what is missing; answers the versions applied by this call (empty when up to date). */
    public List<Integer> migrate() {
        List<Migration> available = available();
        Map<Integer, String> applied = database.inTransaction(MigrationRunner::appliedChecksums);
        check(available, applied);
        List<Integer> appliedNow = new ArrayList<>();
        for (Migration migration : available) {
            if (!applied.containsKey(migration.version())) {
                database.inTransaction(connection -> apply(connection, migration));
                appliedNow.add(migration.version());
            }
        }
        return List.copyOf(appliedNow);
    }

    /** The versions recorded in the database, in order. */
    public List<Integer> appliedVersions() {
        return database.inTransaction(connection -> appliedChecksums(connection).keySet().stream().sorted().toList());
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute(CREATE_VERSION_TABLE);
        }
        Map<Integer, String> applied = new HashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT version, checksum FROM schema_version")) {
            while (rows.next()) {
                applied.put(rows.getInt("version"), rows.getString("checksum"));
            }
        }
        return applied;
    }

    private static void check(List<Migration> available, Map<Integer, String> applied) {
        for (Map.Entry<Integer, String> entry : applied.entrySet()) {
            int version = entry.getKey();
            if (version > available.size()) {
                throw new StoreException("the database has schema version " + version + " but this hub knows only up to "
                        + available.size() + ": it was migrated by a newer hub");
            }
            Migration known = available.get(version - 1);
            if (!known.checksum().equals(entry.getValue())) {
                throw new StoreException("migration V" + version + " (" + known.description()
                        + ") was changed after it was applied to this database; add a new migration instead");
            }
        }
    }

    private Void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SqlScript.statements(migration.script())) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            record.setInt(1, migration.version());
            record.setString(2, migration.description());
            record.setString(3, migration.checksum());
            record.setObject(4, Times.toDatabase(Times.now(clock)));
            record.executeUpdate();
        }
        return null;
    }

    private static String resource(String name) {
        try (InputStream in = MigrationRunner.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read resource " + name, e);
        }
    }
}
