package io.containerbuild.osbs.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.options.UserData;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.SourceBuildRequest;
import io.containerbuild.osbs.testing.OsbsFixture;
import io.containerbuild.osbs.testing.RealParts;
import io.containerbuild.osbs.testing.RegistryProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source container of a real image build: packed, pushed as {@code <repository>-source}, imported. */
class SourceContainerIT {

    @TempDir
    Path scratch;

    @Test
    @SuppressWarnings("unchecked")
    void aSourceContainerHoldsTheOriginalTreeAndIsImportedAsNameSource() throws Exception {
        try (OsbsFixture fixture = OsbsFixture.start(scratch)) {
            String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo built > /b"),
                    "src/main.c", "int main(void) { return 0; }\n"));
            String image = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
            fixture.osbs.waitForBuildToFinish(image);
            assertEquals(BuildState.COMPLETE, fixture.osbs.getBuildState(image), OsbsFixture.log(fixture.osbs, image));
            int imageBuild = fixture.osbs.getBuildResults(image).kojiBuildId().orElseThrow();

            for (int expected = 1; expected <= 2; expected++) {
                String name = fixture.osbs.createSourceContainerBuild(new SourceBuildRequest("alice", "test-app-source",
                        77, OsbsFixture.TARGET, false, imageBuild, null, null, UserData.empty()));
                fixture.osbs.waitForBuildToFinish(name);
                assertEquals(BuildState.COMPLETE, fixture.osbs.getBuildState(name), OsbsFixture.log(fixture.osbs, name));
                assertTrue(name.startsWith("source-"), name);
                BuildResults results = fixture.osbs.getBuildResults(name);
                String repository = RealParts.registry() + "/" + fixture.imageName + "-source";
                assertEquals(List.of(repository + ":1.0-1." + expected), results.primary());
                assertEquals(List.of(), results.floating());
                Map<String, Object> build = fixture.hub.build(results.kojiBuildId().orElseThrow());
                assertEquals("test-app-source-1.0-1." + expected, build.get("nvr"));
                Map<String, Object> extra = (Map<String, Object>) build.get("extra");
                assertEquals("test-app-1.0-1", ((Map<String, Object>) extra.get("image")).get("sources_for_nvr"));
                assertEquals("source_container_build", ((Map<String, Object>) extra.get("osbs_build")).get("kind"));
            }
            List<String> tags = RegistryProbe.tags(fixture.imageName + "-source");
            assertEquals(4, tags.size(), tags.toString());
            assertTrue(new TreeSet<>(tags).containsAll(List.of("1.0-1.1", "1.0-1.2")), tags.toString());
        }
    }
}
