package io.containerbuild.osbs.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.testing.OsbsFixture;
import io.containerbuild.osbs.testing.RealParts;
import io.containerbuild.osbs.testing.RegistryProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build of two platforms: one image per platform, a manifest list under every tag, two outputs in Koji. */
class MultiPlatformBuildIT {

    @TempDir
    Path scratch;

    @Test
    @SuppressWarnings("unchecked")
    void twoPlatformsMakeAManifestListUnderEveryTag() throws Exception {
        try (OsbsFixture fixture = OsbsFixture.startTwoPlatforms(scratch)) {
            String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo two > /two.txt")));
            String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, List.of("x86_64", "aarch64")));
            fixture.osbs.waitForBuildToFinish(name);
            assertEquals(BuildState.COMPLETE, fixture.osbs.getBuildState(name), OsbsFixture.log(fixture.osbs, name));
            assertEquals(List.of("x86_64", "aarch64"), fixture.osbs.getFinalPlatforms(name).orElseThrow());
            BuildResults results = fixture.osbs.getBuildResults(name);
            String unique = results.unique().get(0).substring(results.unique().get(0).lastIndexOf(':') + 1);

            TreeSet<String> expected = new TreeSet<>(List.of("1.0-1", "latest", "1.0", unique, unique + "-x86_64",
                    unique + "-aarch64"));
            assertEquals(List.copyOf(expected), RegistryProbe.tags(fixture.imageName));
            String listDigest = RegistryProbe.digest(fixture.imageName, "1.0-1");
            for (String spec : results.repositories()) {
                String tag = spec.substring(spec.lastIndexOf(':') + 1);
                assertEquals(listDigest, RegistryProbe.digest(fixture.imageName, tag), tag);
                assertEquals(listDigest, results.digests().get(spec), spec);
            }
            JsonNode list = RegistryProbe.manifest(fixture.imageName, "latest");
            assertEquals("application/vnd.docker.distribution.manifest.list.v2+json", list.path("mediaType").asText());
            assertEquals(2, list.path("manifests").size());
            assertEquals(RegistryProbe.digest(fixture.imageName, unique + "-x86_64"),
                    list.path("manifests").get(0).path("digest").asText());
            assertEquals(RegistryProbe.digest(fixture.imageName, unique + "-aarch64"),
                    list.path("manifests").get(1).path("digest").asText());

            int buildId = results.kojiBuildId().orElseThrow();
            assertEquals(2, fixture.hub.archives(buildId).size());
            Map<String, Object> extra = (Map<String, Object>) fixture.hub.build(buildId).get("extra");
            Map<String, Object> index = (Map<String, Object>) ((Map<String, Object>) extra.get("image")).get("index");
            assertEquals(List.of(RealParts.registry() + "/" + fixture.imageName + "@" + listDigest,
                    RealParts.registry() + "/" + fixture.imageName + ":1.0-1"), index.get("pull"));
            assertTrue(fixture.osbs.getBuildLogs(name, false).anyMatch(line -> line.platform().equals("aarch64")));
        }
    }
}
