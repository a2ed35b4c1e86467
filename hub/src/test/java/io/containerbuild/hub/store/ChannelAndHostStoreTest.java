package io.containerbuild.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.KojiFault;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelAndHostStoreTest extends StoreTestBase {

    @Test
    void channelsAreCreatedOnceAndCanBeDisabled() {
        Channel binary = store.channels().create("container-binary", "container builds");
        assertEquals(9, binary.id(), "after Koji's eight seeded channels");
        assertEquals(binary, store.channels().getByName("container-binary").orElseThrow());
        KojiFault duplicate = assertThrows(KojiFault.class, () -> store.channels().create("container-binary", null));
        assertEquals("channel container-binary already exists (id=9)", duplicate.getMessage());
        assertTrue(store.channels().setEnabled(binary.id(), false, "maintenance"));
        Channel disabled = store.channels().get(binary.id()).orElseThrow();
        assertFalse(disabled.enabled());
        assertEquals("maintenance", disabled.comment());
    }

    @Test
    void addingAHostMakesItsAccountAndPutsItInTheDefaultChannel() {
        int before = store.events().last().id();
        Host host = store.hosts().create("builder1", "x86_64 aarch64", "hash", null);
        assertTrue(store.events().last().id() > before);
        assertEquals(List.of("x86_64", "aarch64"), host.archList());
        assertEquals(2.0, host.capacity());
        assertTrue(host.enabled());
        assertFalse(host.ready());
        assertNull(host.updateTime());
        User account = store.users().get(host.userId()).orElseThrow();
        assertEquals(UserType.HOST, account.usertype());
        assertEquals("hash", store.users().passwordHash(account.id()).orElseThrow());
        assertEquals(host, store.hosts().getByUserId(account.id()).orElseThrow());
        assertEquals(host, store.hosts().getByName("builder1").orElseThrow());
        assertEquals(List.of("default"), store.channels().listByHost(host.id()).stream().map(Channel::name).toList());
        KojiFault duplicate = assertThrows(KojiFault.class, () -> store.hosts().create("builder1", "x86_64", null, null));
        assertEquals("host already exists: builder1", duplicate.getMessage());
        store.users().create("alice", UserType.NORMAL, null);
        assertThrows(KojiFault.class, () -> store.hosts().create("alice", "x86_64", null, null));
        assertTrue(store.hosts().getByName("alice").isEmpty(), "nothing of a refused host stays");
    }

    @Test
    void hostChannelsAreVersioned() {
        Host host = store.hosts().create("builder1", "x86_64", null, null);
        Channel binary = store.channels().create("container-binary", null);
        assertTrue(store.hosts().addToChannel(host.id(), binary.id(), null));
        assertFalse(store.hosts().addToChannel(host.id(), binary.id(), null));
        assertEquals(List.of(1, binary.id()), store.hosts().channelIds(host.id()));
        assertEquals(List.of(host.id()), store.hosts().listByChannel(binary.id()).stream().map(Host::id).toList());
        assertTrue(store.hosts().removeFromChannel(host.id(), binary.id(), null));
        assertFalse(store.hosts().removeFromChannel(host.id(), binary.id(), null));
        assertTrue(store.hosts().addToChannel(host.id(), binary.id(), null), "joins again");
    }

    @Test
    void heartbeatsAndEdits() {
        Host host = store.hosts().create("builder1", "x86_64", null, null);
        assertTrue(store.hosts().heartbeat(host.id(), 1.5, true, "{\"maxjobs\": 4}"));
        assertTrue(store.hosts().heartbeat(host.id(), 0.5, true, null));
        Host beating = store.hosts().get(host.id()).orElseThrow();
        assertEquals(0.5, beating.taskLoad());
        assertTrue(beating.ready());
        assertNotNull(beating.updateTime());
        assertEquals("{\"maxjobs\": 4}", store.hosts().data(host.id()).orElseThrow());

        assertTrue(store.hosts().edit(host.id(), HostChanges.none().withArches("x86_64 s390x").withCapacity(4.0)
                .withDescription("big").withComment("new disks").withEnabled(false)));
        Host edited = store.hosts().get(host.id()).orElseThrow();
        assertEquals("x86_64 s390x", edited.arches());
        assertEquals(4.0, edited.capacity());
        assertEquals("big", edited.description());
        assertEquals("new disks", edited.comment());
        assertFalse(edited.enabled());
        assertFalse(store.hosts().edit(999_999, HostChanges.none()));

        assertEquals(0, store.hosts().markNotReadyIfSilentSince(Instant.now().minusSeconds(3600)));
        assertEquals(1, store.hosts().markNotReadyIfSilentSince(Instant.now().plusSeconds(3600)));
        assertFalse(store.hosts().get(host.id()).orElseThrow().ready());
        assertEquals(1, store.hosts().list().size());
    }
}
