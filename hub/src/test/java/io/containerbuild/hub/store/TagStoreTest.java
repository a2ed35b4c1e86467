package io.containerbuild.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.KojiFault;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagStoreTest extends StoreTestBase {

    @Test
    void tagsAreCreatedEditedAndReadBack() {
        int tagPerm = store.permissions().get("tag").orElseThrow().id();
        Tag build = store.tags().create("container-build", "x86_64 aarch64", false, null, "{\"k\": 1}");
        assertEquals("x86_64 aarch64", build.arches());
        assertNull(build.perm());
        assertEquals("{\"k\": 1}", build.extra());
        KojiFault duplicate = assertThrows(KojiFault.class,
                () -> store.tags().create("container-build", null, false, null, null));
        assertEquals("A tag with the name container-build already exists", duplicate.getMessage());

        int before = store.events().last().id();
        assertTrue(store.tags().update(build.withArches("x86_64").withLocked(true).withPermId(tagPerm)
                .withExtra(null).withName("container-build-2")));
        assertTrue(store.events().last().id() > before, "an edit records an event");
        Tag edited = store.tags().get(build.id()).orElseThrow();
        assertEquals("container-build-2", edited.name());
        assertEquals("x86_64", edited.arches());
        assertTrue(edited.locked());
        assertEquals("tag", edited.perm());
        assertNull(edited.extra());
        assertEquals(edited, store.tags().getByName("container-build-2").orElseThrow());

        Tag other = store.tags().create("other", null, false, null, null);
        assertThrows(KojiFault.class, () -> store.tags().update(other.withName("container-build-2")));
        assertTrue(store.tags().update(other.withMaven(true, false)));
        assertTrue(store.tags().get(other.id()).orElseThrow().mavenSupport());
        assertFalse(store.tags().update(new Tag(999_999, "ghost", null, null, null, false, false, false, null)));
        assertEquals(List.of("container-build-2", "other"), store.tags().list().stream().map(Tag::name).toList());
    }

    @Test
    void targetsPointAtTags() {
        Tag build = store.tags().create("container-build", "x86_64", false, null, null);
        Tag dest = store.tags().create("container-candidate", null, false, null, null);
        BuildTarget target = store.targets().create("container-candidate", build.id(), dest.id());
        assertEquals(new BuildTarget(target.id(), "container-candidate", build.id(), "container-build", dest.id(),
                "container-candidate"), target);
        assertEquals(target, store.targets().getByName("container-candidate").orElseThrow());
        assertEquals(target, store.targets().get(target.id()).orElseThrow());
        KojiFault duplicate = assertThrows(KojiFault.class,
                () -> store.targets().create("container-candidate", build.id(), dest.id()));
        assertEquals("A build target with the name 'container-candidate' already exists", duplicate.getMessage());
        assertTrue(store.targets().update(target.id(), "renamed", dest.id(), dest.id()));
        assertEquals("container-candidate", store.targets().get(target.id()).orElseThrow().buildTagName());
        assertEquals(List.of(target.id()), store.targets().listByTag(dest.id()).stream().map(BuildTarget::id).toList());
        assertEquals(1, store.targets().list().size());
        assertFalse(store.targets().update(999_999, "x", dest.id(), dest.id()));
    }

    @Test
    void packageListsAreVersionedEntries() {
        User alice = user("alice");
        User bob = user("bob");
        Tag dest = store.tags().create("container-candidate", null, false, null, null);
        assertTrue(store.packageLists().get(dest.id(), "hello-container").isEmpty());
        PackageListing listed = store.packageLists().set(dest.id(), "hello-container", alice.id(), false, null, alice.id());
        assertEquals(new PackageListing(listed.packageId(), "hello-container", dest.id(), "container-candidate",
                alice.id(), "alice", false, null), listed);
        int before = store.events().last().id();
        assertEquals(listed, store.packageLists().set(dest.id(), "hello-container", alice.id(), false, null, alice.id()));
        assertEquals(before, store.events().last().id(), "an unchanged entry records nothing");

        PackageListing blocked = store.packageLists().set(dest.id(), "hello-container", bob.id(), true, "ppc64le",
                alice.id());
        assertTrue(blocked.blocked());
        assertEquals("bob", blocked.ownerName());
        assertEquals(blocked, store.packageLists().get(dest.id(), "hello-container").orElseThrow());
        store.packageLists().set(dest.id(), "other-container", alice.id(), false, null, null);
        assertEquals(List.of("hello-container", "other-container"),
                store.packageLists().listByTag(dest.id()).stream().map(PackageListing::packageName).toList());
        assertEquals(1, store.packageLists().listByPackage("hello-container").size());
        assertTrue(store.packageLists().remove(dest.id(), "hello-container", alice.id()));
        assertFalse(store.packageLists().remove(dest.id(), "hello-container", alice.id()));
        assertFalse(store.packageLists().remove(dest.id(), "never-heard-of", alice.id()));
        assertTrue(store.packageLists().get(dest.id(), "hello-container").isEmpty());
    }
}
