package io.containerbuild.osbs.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.options.UserData;
import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.OsbsException;
import io.containerbuild.osbs.OsbsUnsupportedFeatureException;
import io.containerbuild.osbs.OsbsValidationException;
import io.containerbuild.osbs.engine.EngineProbe;
import io.containerbuild.osbs.pipeline.BuildLabels;
import io.containerbuild.osbs.testing.OsbsFixture;
import io.containerbuild.osbs.testing.RealParts;
import io.containerbuild.osbs.testing.RegistryProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How builds fail on the real parts: what is down, what runs too long, what is refused up front. */
class FailureModesIT {

    @TempDir
    Path scratch;

    @Test
    void aRegistryThatIsDownFailsTheBuildNamingItAndNothingIsImported() throws Exception {
        try (OsbsFixture fixture = OsbsFixture.start(scratch, RealParts.dockerHost(), "127.0.0.1:5999")) {
            String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo x > /x")));
            String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
            fixture.osbs.waitForBuildToFinish(name);
            assertEquals(BuildState.FAILED, fixture.osbs.getBuildState(name));
            String message = fixture.osbs.getBuildErrorMessage(name);
            assertTrue(message.startsWith("Error in push: ") && message.contains("127.0.0.1:5999"), message);
            assertFalse(fixture.hub.calls().contains("CGImport"));
            assertTrue(fixture.hub.calls().contains("CGRefundBuild"), "the reservation is given back");
            try (EngineProbe probe = new EngineProbe()) {
                assertEquals(0, probe.images(BuildLabels.BUILD_NAME, name));
            }
        }
    }

    @Test
    void anEngineThatIsDownFailsTheBuildNamingItAndNothingIsReservedOrImported() {
        try (OsbsFixture fixture = OsbsFixture.start(scratch, "unix:///tmp/osbs-it-no-engine.sock", RealParts.registry())) {
            String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo x > /x")));
            String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
            fixture.osbs.waitForBuildToFinish(name);
            assertEquals(BuildState.FAILED, fixture.osbs.getBuildState(name));
            String message = fixture.osbs.getBuildErrorMessage(name);
            assertTrue(message.startsWith("Error in build-x86_64: ")
                    && message.contains("unix:///tmp/osbs-it-no-engine.sock"), message);
            assertFalse(fixture.hub.calls().contains("CGInitBuild"));
            assertFalse(fixture.hub.calls().contains("CGImport"));
        }
    }

    @Test
    void aBuildThatOutlivesItsTimeLimitFailsAndIsCleanedUp() throws Exception {
        try (OsbsFixture fixture = OsbsFixture.start(scratch)) {
            String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN sleep 120")));
            String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null,
                    Duration.ofSeconds(4)));
            fixture.osbs.waitForBuildToFinish(name);
            assertEquals(BuildState.FAILED, fixture.osbs.getBuildState(name));
            assertEquals("TimedOut", fixture.osbs.getBuildReason(name).orElseThrow());
            assertTrue(fixture.osbs.getBuildErrorMessage(name).contains("time limit of 4 s"),
                    fixture.osbs.getBuildErrorMessage(name));
            assertTrue(fixture.hub.calls().contains("CGRefundBuild"));
            try (EngineProbe probe = new EngineProbe()) {
                assertEquals(0, probe.containers(BuildLabels.BUILD_NAME, name));
            }
            assertEquals(List.of(), RegistryProbe.tags(fixture.imageName));
        }
    }

    @Test
    void aRefThatIsNotOnTheBranchIsRefused() {
        try (OsbsFixture fixture = OsbsFixture.start(scratch)) {
            fixture.commit(Map.of("Dockerfile", fixture.dockerfile("")));
            fixture.repo.branch("elsewhere");
            String offBranch = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo other > /o")));
            OsbsValidationException refused = assertThrows(OsbsValidationException.class,
                    () -> fixture.osbs.createBinaryContainerBuild(fixture.request(offBranch, false, false, null)));
            assertTrue(refused.getMessage().contains("is not on branch main"), refused.getMessage());
        }
    }

    @Test
    void badLabelsAreRefusedBeforeAnythingRuns() {
        try (OsbsFixture fixture = OsbsFixture.start(scratch)) {
            String commit = fixture.commit(Map.of("Dockerfile", "FROM scratch\nLABEL name=\"$NAME\" version=\"1-2\"\n"));
            OsbsValidationException refused = assertThrows(OsbsValidationException.class,
                    () -> fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null)));
            assertTrue(refused.getMessage().contains("com.redhat.component")
                    && refused.getMessage().contains("explicit value in Dockerfile : name")
                    && refused.getMessage().contains("version label '1-2'"), refused.getMessage());
        }
    }

    @Test
    void flatpakIsNotSupportedAndUnknownBuildsAreNamed() {
        try (OsbsFixture fixture = OsbsFixture.start(scratch)) {
            String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("")));
            BinaryBuildRequest flatpak = new BinaryBuildRequest(fixture.repo.url(), commit, "main", "alice", "test-app",
                    OsbsFixture.TARGET, 1, List.of("x86_64"), false, false, true, null, null, null, List.of(), List.of(),
                    List.of(), UserData.empty(), null, Duration.ofMinutes(5), Duration.ofMinutes(10));
            OsbsUnsupportedFeatureException noFlatpak = assertThrows(OsbsUnsupportedFeatureException.class,
                    () -> fixture.osbs.createBinaryContainerBuild(flatpak));
            assertTrue(noFlatpak.getMessage().contains("Flatpak builds are not supported"), noFlatpak.getMessage());
            OsbsException unknown = assertThrows(OsbsException.class, () -> fixture.osbs.getBuildState("no-such-build"));
            assertTrue(unknown.getMessage().contains("no-such-build"), unknown.getMessage());
        }
    }
}
