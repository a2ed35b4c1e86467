package io.containerbuild.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest extends StoreTestBase {

    @Test
    void aFreshDatabaseGetsEveryMigration() {
        List<Integer> all = MigrationRunner.available().stream().map(Migration::version).toList();
        assertEquals(all, new MigrationRunner(store.database(), Clock.systemUTC()).appliedVersions());
    }

    @Test
    void migratingAgainAppliesNothingAndKeepsTheData() {
        store.users().create("alice", UserType.NORMAL, "hash");
        assertEquals(List.of(), new MigrationRunner(store.database(), Clock.systemUTC()).migrate());
        Store reopened = restart();
        assertEquals(List.of(), new MigrationRunner(reopened.database(), Clock.systemUTC()).migrate());
        assertEquals("hash", reopened.users().passwordHash(reopened.users().getByName("alice").orElseThrow().id())
                .orElseThrow());
    }

    @Test
    void seedsKojisPermissionsChannelsAndAFirstEvent() {
        assertEquals(List.of("admin", "appliance", "dist-repo", "host", "image", "image-import", "livecd",
                "maven-import", "repo", "sign", "tag", "target", "win-admin", "win-import", "draft-promoter"),
                store.permissions().all().stream().map(Permission::name).toList());
        assertEquals(List.of("default", "createrepo", "maven", "livecd", "appliance", "vm", "image", "livemedia"),
                store.channels().list().stream().map(Channel::name).toList());
        assertEquals(1, store.channels().getByName("default").orElseThrow().id());
        assertEquals(1, store.events().last().id());
    }

    @Test
    void anAppliedMigrationThatChangedStopsTheStart() {
        store.database().inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE schema_version SET checksum = 'edited' WHERE version = 1");
            }
            return null;
        });
        store.close();
        Database database = scratch.open();
        StoreException refusal = assertThrows(StoreException.class, () -> Store.open(database, Clock.systemUTC()));
        assertTrue(refusal.getMessage().contains("was changed after it was applied"), refusal.getMessage());
        store = null;
    }

    @Test
    void aDatabaseFromANewerHubStopsTheStart() {
        store.database().inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO schema_version (version, description, checksum, applied_at)"
                        + " VALUES (999, 'future', 'x', CURRENT_TIMESTAMP)");
            }
            return null;
        });
        store.close();
        Database database = scratch.open();
        StoreException refusal = assertThrows(StoreException.class, () -> Store.open(database, Clock.systemUTC()));
        assertTrue(refusal.getMessage().contains("migrated by a newer hub"), refusal.getMessage());
        store = null;
    }
}
