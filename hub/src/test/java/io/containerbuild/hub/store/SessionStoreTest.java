package io.containerbuild.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionStoreTest extends StoreTestBase {

    @Test
    void createsAndReadsASession() {
        User alice = user("alice");
        Session session = store.sessions().create(alice.id(), "1-abc", AuthType.NORMAL, "127.0.0.1", null);
        assertEquals(session, store.sessions().get(session.id()).orElseThrow());
        assertNull(session.callnum());
        assertTrue(session.active());
        assertFalse(session.exclusive());
    }

    @Test
    void callNumbersOnlyGoUp() {
        User alice = user("alice");
        Session session = store.sessions().create(alice.id(), "k", AuthType.NORMAL, null, null);
        assertTrue(store.sessions().advanceCallnum(session.id(), 0));
        assertTrue(store.sessions().advanceCallnum(session.id(), 1));
        assertFalse(store.sessions().advanceCallnum(session.id(), 1), "a replay");
        assertFalse(store.sessions().advanceCallnum(session.id(), 0), "backwards");
        assertEquals(1, store.sessions().get(session.id()).orElseThrow().callnum());
    }

    @Test
    void ofCallsRacingWithOneCallNumberExactlyOneIsAccepted() throws Exception {
        User alice = user("alice");
        Session session = store.sessions().create(alice.id(), "k", AuthType.NORMAL, null, null);
        List<Race.Outcome<Boolean>> outcomes = Race.run(4, () -> store.sessions().advanceCallnum(session.id(), 5));
        assertEquals(1, outcomes.stream().filter(outcome -> Boolean.TRUE.equals(outcome.value())).count());
    }

    @Test
    void renewalGivesANewKeyAndAFreshSequence() {
        User alice = user("alice");
        Session session = store.sessions().create(alice.id(), "old", AuthType.NORMAL, null, null);
        store.sessions().advanceCallnum(session.id(), 7);
        assertEquals(1, store.sessions().expire(session.id()));
        assertFalse(store.sessions().get(session.id()).orElseThrow().active());
        assertFalse(store.sessions().advanceCallnum(session.id(), 8), "expired");
        assertTrue(store.sessions().renew(session.id(), "new"));
        Session renewed = store.sessions().get(session.id()).orElseThrow();
        assertEquals("new", renewed.key());
        assertNull(renewed.callnum());
        assertNotNull(renewed.renewTime());
        assertTrue(renewed.active());
    }

    @Test
    void logoutClosesSubsessionsToo() {
        User host = store.users().create("builder1", UserType.HOST, null);
        Session master = store.sessions().create(host.id(), "m", AuthType.NORMAL, null, null);
        Session child = store.sessions().create(host.id(), "c", AuthType.NORMAL, null, master.id());
        Session other = store.sessions().create(host.id(), "o", AuthType.NORMAL, null, master.id());
        assertEquals(List.of(child.id(), other.id()),
                store.sessions().subsessions(master.id()).stream().map(Session::id).toList());
        assertTrue(store.sessions().logoutChild(master.id(), child.id()));
        assertFalse(store.sessions().logoutChild(master.id(), child.id()));
        assertEquals(2, store.sessions().logout(master.id()));
        assertTrue(store.sessions().get(other.id()).orElseThrow().closed());
        assertFalse(store.sessions().renew(master.id(), "again"), "a logged-out session is not renewed");
    }

    @Test
    void oneExclusiveSessionPerUser() {
        User host = store.users().create("builder1", UserType.HOST, null);
        Session first = store.sessions().create(host.id(), "a", AuthType.NORMAL, null, null);
        Session second = store.sessions().create(host.id(), "b", AuthType.NORMAL, null, null);
        store.sessions().makeExclusive(first.id(), false);
        store.sessions().makeExclusive(first.id(), false);
        KojiFault locked = assertThrows(KojiFault.class, () -> store.sessions().makeExclusive(second.id(), false));
        assertEquals(FaultCode.AUTH_LOCK_ERROR.code(), locked.faultCode());
        assertEquals("Cannot get exclusive session", locked.getMessage());
        store.sessions().makeExclusive(second.id(), true);
        assertTrue(store.sessions().get(second.id()).orElseThrow().exclusive());
        assertTrue(store.sessions().get(first.id()).orElseThrow().closed(), "forced out");
        assertTrue(store.sessions().makeShared(second.id()));
        assertFalse(store.sessions().makeShared(second.id()));

        Session child = store.sessions().create(host.id(), "c", AuthType.NORMAL, null, second.id());
        assertThrows(KojiFault.class, () -> store.sessions().makeExclusive(child.id(), true));
    }

    @Test
    void ofRacingExclusiveRequestsExactlyOneWins() throws Exception {
        User host = store.users().create("builder1", UserType.HOST, null);
        List<Session> sessions = List.of(store.sessions().create(host.id(), "a", AuthType.NORMAL, null, null),
                store.sessions().create(host.id(), "b", AuthType.NORMAL, null, null),
                store.sessions().create(host.id(), "c", AuthType.NORMAL, null, null));
        AtomicInteger next = new AtomicInteger();
        List<Race.Outcome<Boolean>> outcomes = Race.run(3, () -> {
            store.sessions().makeExclusive(sessions.get(next.getAndIncrement()).id(), false);
            return true;
        });
        assertEquals(1, outcomes.stream().filter(Race.Outcome::won).count());
        assertEquals(1, sessions.stream().filter(s -> store.sessions().get(s.id()).orElseThrow().exclusive()).count());
    }
}
