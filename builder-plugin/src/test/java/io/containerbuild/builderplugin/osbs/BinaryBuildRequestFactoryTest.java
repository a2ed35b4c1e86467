package io.containerbuild.builderplugin.osbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.builderplugin.hub.BuildTarget;
import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.builderplugin.testing.DirectoryTaskOutput;
import io.containerbuild.builderplugin.testing.OsbsFixture;
import io.containerbuild.fault.BuildError;
import io.containerbuild.options.ContainerBuildOptions;
import io.containerbuild.scm.ScmUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryBuildRequestFactoryTest {

    @TempDir
    Path temp;

    private BuildError refusal(List<String> platforms, ContainerBuildOptions options) {
        OsbsFixture osbs = new OsbsFixture();
        OsbsHandle handle = new OsbsHandle(osbs, OsbsSection.DEFAULT_BINARY,
                new TaskLog(new DirectoryTaskOutput(temp.resolve("out")), "test", Clock.systemUTC()));
        BuildError error = assertThrows(BuildError.class, () -> BinaryBuildRequestFactory.create(
                ScmUrl.parse("git://h/rpms/r#main"), "owner", new BuildTarget(1, "t", 2, "b", 3, "d"), 1, platforms,
                options, handle));
        assertEquals(List.of(), osbs.sectionsAsked());
        return error;
    }

    @Test
    void noPlatformsIsRefusedBeforeTheClientIsMade() {
        BuildError error = refusal(List.of(), ContainerBuildOptions.builder().gitBranch("main").build());

        assertEquals("arches aren't specified", error.getMessage());
        assertEquals(1005, error.faultCode());
    }

    @Test
    void signingIntentWithComposeIdsIsRefused() {
        BuildError error = refusal(List.of("x86_64"),
                ContainerBuildOptions.builder().gitBranch("main").signingIntent("release").composeIds(List.of(1))
                        .build());

        assertEquals("signing_intent used with compose_ids", error.getMessage());
        assertEquals(1005, error.faultCode());
    }
}
