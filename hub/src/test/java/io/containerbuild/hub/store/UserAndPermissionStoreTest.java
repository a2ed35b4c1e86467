package io.containerbuild.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.KojiFault;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserAndPermissionStoreTest extends StoreTestBase {

    @Test
    void usersAreCreatedOnceAndReadBack() {
        User alice = store.users().create("alice", UserType.NORMAL, "pbkdf2$x");
        assertEquals(new User(alice.id(), "alice", UserStatus.NORMAL, UserType.NORMAL), alice);
        assertEquals(alice, store.users().get(alice.id()).orElseThrow());
        assertEquals(alice, store.users().getByName("alice").orElseThrow());
        assertEquals("pbkdf2$x", store.users().passwordHash(alice.id()).orElseThrow());
        KojiFault duplicate = assertThrows(KojiFault.class, () -> store.users().create("alice", UserType.NORMAL, null));
        assertEquals("user already exists: alice", duplicate.getMessage());
        assertTrue(store.users().getByName("nobody").isEmpty());
    }

    @Test
    void passwordsAndStatusChange() {
        User bob = store.users().create("bob", UserType.NORMAL, null);
        assertTrue(store.users().passwordHash(bob.id()).isEmpty());
        assertTrue(store.users().setPasswordHash(bob.id(), "h2"));
        assertEquals("h2", store.users().passwordHash(bob.id()).orElseThrow());
        assertTrue(store.users().setStatus(bob.id(), UserStatus.BLOCKED));
        assertEquals(UserStatus.BLOCKED, store.users().get(bob.id()).orElseThrow().status());
        assertFalse(store.users().setStatus(999_999, UserStatus.BLOCKED));
        store.users().create("group", UserType.GROUP, null);
        assertEquals(List.of("group"), store.users().list(UserType.GROUP).stream().map(User::name).toList());
    }

    @Test
    void grantsAndRevokesAreExactAndVersioned() {
        User admin = user("admin1");
        User alice = user("alice");
        Permission adminPerm = store.permissions().get("admin").orElseThrow();
        Permission target = store.permissions().get("target").orElseThrow();
        int before = store.events().last().id();
        assertTrue(store.permissions().grant(admin.id(), adminPerm.id(), null));
        assertTrue(store.events().last().id() > before, "a grant records an event");
        assertFalse(store.permissions().grant(admin.id(), adminPerm.id(), null), "already held");
        assertTrue(store.permissions().has(admin.id(), "admin"));
        assertFalse(store.permissions().has(admin.id(), "target"), "admin does not imply other permissions here");
        assertTrue(store.permissions().grant(alice.id(), target.id(), admin.id()));
        assertTrue(store.permissions().revoke(alice.id(), target.id(), admin.id()));
        assertFalse(store.permissions().revoke(alice.id(), target.id(), admin.id()));
        assertFalse(store.permissions().has(alice.id(), "target"));
        assertTrue(store.permissions().grant(alice.id(), target.id(), admin.id()), "granted again after a revoke");
        assertEquals(List.of("target"), store.permissions().ofUser(alice.id()).stream().map(Permission::name).toList());
    }

    @Test
    void newPermissionsCanBeCreated() {
        Permission runroot = store.permissions().create("runroot", "Run runroot tasks.");
        assertEquals(runroot, store.permissions().get("runroot").orElseThrow());
        assertEquals(runroot, store.permissions().get(runroot.id()).orElseThrow());
        KojiFault duplicate = assertThrows(KojiFault.class, () -> store.permissions().create("admin", null));
        assertEquals("permission already exists: admin", duplicate.getMessage());
    }

    @Test
    void concurrentGrantsOfOnePermissionGrantOnce() throws Exception {
        User alice = user("alice");
        int perm = store.permissions().get("tag").orElseThrow().id();
        List<Race.Outcome<Boolean>> outcomes = Race.run(4, () -> store.permissions().grant(alice.id(), perm, null));
        assertEquals(1, outcomes.stream().filter(outcome -> Boolean.TRUE.equals(outcome.value())).count());
        assertTrue(outcomes.stream().allMatch(Race.Outcome::won));
    }
}
