package io.containerbuild.osbs.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.build.Nvr;
import io.containerbuild.osbs.OsbsValidationException;
import io.containerbuild.osbs.koji.KojiHub;
import io.containerbuild.osbs.koji.Reservation;
import io.containerbuild.osbs.testing.StandInHub;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The release rules against a hub that answers like Koji. */
class ReleaseReservationTest {

    private StandInHub hub;
    private ReleaseReservation releases;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() {
        hub = StandInHub.start();
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(hub.url()));
        session.login("osbs", "secret");
        releases = new ReleaseReservation(new KojiHub(session), "atomic-reactor", log::add);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void theNextReleaseComesFromKojiAndMovesPastTakenNvrs() {
        Reservation first = releases.reserveNext("app", "1.0");
        assertEquals(new Nvr("app", "1.0", "1"), first.nvr());
        Reservation second = releases.reserveNext("app", "1.0");
        assertEquals("2", second.nvr().release(), "a BUILDING reservation holds its NVR");
        assertTrue(first.buildId() != second.buildId());
    }

    @Test
    void theExistenceLoopSkipsReleasesThatGetNextReleaseDoesNotKnow() {
        hub.addBuild(new Nvr("app", "1.0", "1"), "git://h/app#1", Map.of(), List.of());
        hub.addBuild(new Nvr("app", "1.0", "3"), "git://h/app#3", Map.of(), List.of());
        assertEquals("4", releases.reserveNext("app", "1.0").nvr().release());
        hub.addBuild(new Nvr("other", "2", "5.el9"), "git://h/o#5", Map.of(), List.of());
        assertEquals("6", releases.reserveNext("other", "2").nvr().release(), "the leading number of 5.el9, plus one");
    }

    @Test
    void anExplicitReleaseIsUsedAsGivenAndRefusedWhenTaken() {
        Reservation reserved = releases.reserveExplicit(new Nvr("app", "1.0", "7"));
        assertEquals("7", reserved.nvr().release());
        ReleaseTakenException taken = assertThrows(ReleaseTakenException.class,
                () -> releases.reserveExplicit(new Nvr("app", "1.0", "7")));
        assertTrue(taken.getMessage().contains("build app-1.0-7 already exists in Koji"), taken.getMessage());
    }

    @Test
    void aFailedBuildGivesItsNvrBack() throws Exception {
        Reservation reserved = releases.reserveExplicit(new Nvr("app", "1.0", "9"));
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(hub.url()));
        new KojiHub(session).refund("atomic-reactor", reserved);
        assertEquals("9", releases.reserveExplicit(new Nvr("app", "1.0", "9")).nvr().release());
    }

    @Test
    void countedReleasesServeSourceContainers() {
        hub.addBuild(new Nvr("app-source", "1.0", "4.1"), "git://h/app#1", Map.of(), List.of());
        assertEquals("4.2", releases.reserveCounting("app-source", "1.0", 1, n -> "4." + n).nvr().release());
    }

    @Test
    void isolatedReleasesNeedTwoNumbers() {
        ReleaseRules.checkIsolated("1.1");
        ReleaseRules.checkIsolated("2.3.hotfix");
        for (String bad : new String[] {"1", "a.1", "1.", null}) {
            assertThrows(OsbsValidationException.class, () -> ReleaseRules.checkIsolated(bad), String.valueOf(bad));
        }
        assertEquals(1, ReleaseRules.firstCandidate("garbage"));
        assertEquals(12, ReleaseRules.firstCandidate("12.fc40"));
    }
}
