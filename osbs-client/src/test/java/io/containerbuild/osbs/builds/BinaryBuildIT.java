package io.containerbuild.osbs.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.engine.EngineProbe;
import io.containerbuild.osbs.pipeline.BuildLabels;
import io.containerbuild.osbs.testing.OsbsFixture;
import io.containerbuild.osbs.testing.RealParts;
import io.containerbuild.osbs.testing.RegistryProbe;
import io.containerbuild.osbs.testing.StandInHub;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary builds end to end on the real Docker engine and registry, imported into a stand-in hub:
 * tags and digests in the registry, what the hub is told, and the ways a build ends.
 */
class BinaryBuildIT {

    @TempDir
    Path scratch;

    private OsbsFixture fixture;

    @BeforeEach
    void start() {
        fixture = OsbsFixture.start(scratch);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRegularBuildPushesUniquePrimaryAndFloatingTagsAndImportsOneImage() throws Exception {
        String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo hello > /hello.txt"),
                "additional-tags", "extra-tag\n"));
        String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
        List<BuildLogLine> followed = new ArrayList<>();
        try (Stream<BuildLogLine> lines = fixture.osbs.getBuildLogs(name, true)) {
            lines.forEach(followed::add);
        }
        fixture.osbs.waitForBuildToFinish(name);
        assertEquals(BuildState.COMPLETE, fixture.osbs.getBuildState(name), OsbsFixture.log(fixture.osbs, name));
        assertTrue(fixture.osbs.buildHasSucceeded(name));
        assertEquals("Succeeded", fixture.osbs.getBuildReason(name).orElseThrow());
        assertEquals("", fixture.osbs.getBuildErrorMessage(name));
        assertEquals(List.of("x86_64"), fixture.osbs.getFinalPlatforms(name).orElseThrow());
        assertTrue(followed.stream().anyMatch(line -> line.platform().equals("x86_64")
                && line.text().contains("RUN echo hello")), "the engine's log streamed under its platform");

        String repository = RealParts.registry() + "/" + fixture.imageName;
        BuildResults results = fixture.osbs.getBuildResults(name);
        assertEquals(List.of(repository + ":1.0-1"), results.primary());
        assertEquals(1, results.unique().size());
        assertTrue(results.unique().get(0).startsWith(repository + ":" + OsbsFixture.TARGET + "-"), results.unique().toString());
        assertEquals(List.of(repository + ":latest", repository + ":1.0", repository + ":extra-tag"), results.floating());

        Set<String> expectedTags = new TreeSet<>();
        results.repositories().forEach(spec -> expectedTags.add(spec.substring(spec.lastIndexOf(':') + 1)));
        assertEquals(List.copyOf(expectedTags), RegistryProbe.tags(fixture.imageName));

        int buildId = results.kojiBuildId().orElseThrow();
        Map<String, Object> build = fixture.hub.build(buildId);
        assertEquals(StandInHub.COMPLETE, build.get("state"));
        assertEquals("test-app-1.0-1", build.get("nvr"));
        assertEquals(fixture.repo.url() + "#" + commit, build.get("source"));
        List<Object> archives = fixture.hub.archives(buildId);
        assertEquals(1, archives.size());
        Map<String, Object> archive = (Map<String, Object>) archives.get(0);
        assertEquals("docker-image", archive.get("type"));
        Map<String, Object> docker = (Map<String, Object>) ((Map<String, Object>) archive.get("extra")).get("docker");
        String recorded = (String) ((Map<String, Object>) docker.get("digests")).values().iterator().next();
        for (String tag : expectedTags) {
            assertEquals(recorded, RegistryProbe.digest(fixture.imageName, tag), "the digest of tag " + tag);
        }
        assertEquals(results.repositories().size(), results.digests().size());
        for (String spec : results.repositories()) {
            assertEquals(RegistryProbe.digest(fixture.imageName, spec.substring(spec.lastIndexOf(':') + 1)),
                    results.digests().get(spec), "the recorded digest of " + spec);
        }
        assertTrue(((List<String>) docker.get("repositories")).contains(repository + "@" + recorded));
        assertEquals(4, ((List<Object>) docker.get("layer_sizes")).size());
        Map<String, Object> metadata = fixture.hub.imports().get(0);
        Map<String, Object> metaBuild = (Map<String, Object>) metadata.get("build");
        assertEquals("alice", metaBuild.get("owner"));
        assertEquals(4242, ((Map<String, Object>) metaBuild.get("extra")).get("container_koji_task_id"));
        assertEquals(List.of(OsbsFixture.TARGET + "-candidate:" + buildId), fixture.hub.tagged());
        assertFalse(fixture.hub.calls().contains("CGRefundBuild"));
        try (EngineProbe probe = new EngineProbe()) {
            assertEquals(0, probe.containers(BuildLabels.BUILD_NAME, name));
            assertEquals(0, probe.images(BuildLabels.BUILD_NAME, name), "cleanup_used_resources removes local images");
        }
    }

    @Test
    void aScratchBuildPushesOnlyTheUniqueTagAndTellsKojiNothing() throws Exception {
        String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo scratch > /s.txt")));
        String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, true, false, null));
        fixture.osbs.waitForBuildToFinish(name);
        assertEquals(BuildState.COMPLETE, fixture.osbs.getBuildState(name), OsbsFixture.log(fixture.osbs, name));
        assertTrue(name.startsWith("scratch-"), name);
        BuildResults results = fixture.osbs.getBuildResults(name);
        assertEquals(List.of(), results.primary());
        assertEquals(List.of(), results.floating());
        assertTrue(results.kojiBuildId().isEmpty());
        String unique = results.unique().get(0);
        assertEquals(List.of(unique.substring(unique.lastIndexOf(':') + 1)), RegistryProbe.tags(fixture.imageName));
        assertEquals(List.of(), fixture.hub.calls());
    }

    @Test
    void anIsolatedBuildHasPrimaryAndUniqueTagsButNoFloatingOnes() throws Exception {
        String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo isolated > /i.txt")));
        String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, true, "1.1"));
        fixture.osbs.waitForBuildToFinish(name);
        assertEquals(BuildState.COMPLETE, fixture.osbs.getBuildState(name), OsbsFixture.log(fixture.osbs, name));
        assertTrue(name.startsWith("isolated-"), name);
        BuildResults results = fixture.osbs.getBuildResults(name);
        assertEquals(List.of(RealParts.registry() + "/" + fixture.imageName + ":1.0-1.1"), results.primary());
        assertEquals(List.of(), results.floating());
        String unique = results.unique().get(0);
        assertEquals(new TreeSet<>(List.of("1.0-1.1", unique.substring(unique.lastIndexOf(':') + 1))),
                new TreeSet<>(RegistryProbe.tags(fixture.imageName)));
        assertEquals("test-app-1.0-1.1", fixture.hub.build(results.kojiBuildId().orElseThrow()).get("nvr"));
    }

    @Test
    void buildsWithoutAReleaseGetSuccessiveReleases() throws Exception {
        String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo one > /one.txt")));
        String first = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
        fixture.osbs.waitForBuildToFinish(first);
        String second = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
        fixture.osbs.waitForBuildToFinish(second);
        assertEquals("test-app-1.0-1", nvr(first));
        assertEquals("test-app-1.0-2", nvr(second));
    }

    @Test
    void ofTwoConcurrentBuildsOfOneNvrExactlyOneSucceeds() throws Exception {
        String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("release=\"7\"", "RUN echo race > /r.txt")));
        String one = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
        String two = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
        fixture.osbs.waitForBuildToFinish(one);
        fixture.osbs.waitForBuildToFinish(two);
        List<String> succeeded = Stream.of(one, two).filter(fixture.osbs::buildHasSucceeded).toList();
        assertEquals(1, succeeded.size(), OsbsFixture.log(fixture.osbs, one) + "\n----\n" + OsbsFixture.log(fixture.osbs, two));
        String failed = succeeded.contains(one) ? two : one;
        assertEquals(BuildState.FAILED, fixture.osbs.getBuildState(failed));
        String message = fixture.osbs.getBuildErrorMessage(failed);
        assertTrue(message.startsWith("Error in koji-reserve: ") && message.contains("test-app-1.0-7")
                && (message.contains("already exists") || message.contains("refused to reserve")), message);
        assertEquals("test-app-1.0-7", nvr(succeeded.get(0)));
    }

    @Test
    void aFailingRunStepFailsTheBuildWithTheEnginesTextAndRefundsTheReservation() throws Exception {
        String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("", "RUN echo going-to-fail && exit 3")));
        String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
        fixture.osbs.waitForBuildToFinish(name);
        assertEquals(BuildState.FAILED, fixture.osbs.getBuildState(name));
        String message = fixture.osbs.getBuildErrorMessage(name);
        assertTrue(message.startsWith("Error in build-x86_64: ") && message.contains("returned a non-zero code: 3"),
                message);
        assertTrue(fixture.hub.calls().contains("CGRefundBuild"));
        assertFalse(fixture.hub.calls().contains("CGImport"));
        assertEquals(StandInHub.FAILED, fixture.hub.builds().get(0).get("state"));
        try (EngineProbe probe = new EngineProbe()) {
            assertEquals(0, probe.containers(BuildLabels.BUILD_NAME, name));
            assertEquals(0, probe.images(BuildLabels.BUILD_NAME, name));
        }
    }

    @Test
    void cancellingARunningBuildStopsItAndLeavesNoContainers() throws Exception {
        String commit = fixture.commit(Map.of("Dockerfile", fixture.dockerfile("",
                "RUN echo step-one > /one.txt", "RUN echo started && sleep 120")));
        String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
        try (Stream<BuildLogLine> lines = fixture.osbs.getBuildLogs(name, true)) {
            assertTrue(lines.anyMatch(line -> line.text().equals("started")), "the long step started");
        }
        try (EngineProbe probe = new EngineProbe()) {
            assertTrue(probe.containers(BuildLabels.BUILD_NAME, name) > 0, "the RUN step's container is there");
            long before = System.nanoTime();
            fixture.osbs.cancelBuild(name);
            assertTrue(System.nanoTime() - before < 30_000_000_000L, "cancel does not wait for the step to end");
            assertEquals(BuildState.CANCELLED, fixture.osbs.getBuildState(name));
            assertTrue(fixture.osbs.buildWasCancelled(name));
            assertEquals(0, probe.containers(BuildLabels.BUILD_NAME, name), "no build container remains");
            assertEquals(0, probe.images(BuildLabels.BUILD_NAME, name), "no partial image remains");
        }
        assertTrue(fixture.hub.calls().contains("CGRefundBuild"));
        assertFalse(fixture.hub.calls().contains("CGImport"));
    }

    private String nvr(String buildName) {
        assertEquals(BuildState.COMPLETE, fixture.osbs.getBuildState(buildName), OsbsFixture.log(fixture.osbs, buildName));
        return (String) fixture.hub.build(fixture.osbs.getBuildResults(buildName).kojiBuildId().orElseThrow()).get("nvr");
    }
}
