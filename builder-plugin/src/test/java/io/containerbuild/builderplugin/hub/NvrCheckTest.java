package io.containerbuild.builderplugin.hub;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.build.BuildState;
import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.builderplugin.testing.DirectoryTaskOutput;
import io.containerbuild.builderplugin.testing.HubFixture;
import io.containerbuild.fault.BuildError;
import io.containerbuild.wire.TransportException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Upstream's {@code test_build_nvr_exists}: only failed and cancelled builds give their NVR up. */
class NvrCheckTest {

    private static final String NVR = "fedora-docker-25-3";

    @TempDir
    Path temp;

    private final HubFixture hub = new HubFixture();

    private NvrCheck check() {
        return new NvrCheck(new KojiHub(hub.session()),
                new TaskLog(new DirectoryTaskOutput(temp.resolve("out")), "test", Clock.systemUTC()));
    }

    @ParameterizedTest
    @EnumSource(BuildState.class)
    void anExistingBuildBlocksItsNvrUnlessItFailedOrWasCancelled(BuildState state) {
        hub.answer("getBuild", List.of(NVR), Map.of())
                .thenReturn(HubFixture.build(42, "fedora-docker", NVR, state.code(), Map.of()));

        if (state == BuildState.FAILED || state == BuildState.CANCELED) {
            assertDoesNotThrow(() -> check().check(NVR));
            return;
        }
        BuildError exists = assertThrows(BuildError.class, () -> check().check(NVR));
        assertEquals("Build for fedora-docker-25-3 already exists, id 42", exists.getMessage());
        assertEquals(1005, exists.faultCode());
    }

    @Test
    void noBuildOrAFailedLookupLetsTheBuildGoOn() {
        assertDoesNotThrow(() -> check().check(NVR));

        hub.answer("getBuild", List.of(NVR), Map.of()).thenThrow(new TransportException("hub unreachable", null));
        assertDoesNotThrow(() -> check().check(NVR));
    }
}
