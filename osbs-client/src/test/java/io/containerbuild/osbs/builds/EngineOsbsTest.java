package io.containerbuild.osbs.builds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.build.Nvr;
import io.containerbuild.config.IniFile;
import io.containerbuild.options.UserData;
import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.OsbsException;
import io.containerbuild.osbs.OsbsUnsupportedFeatureException;
import io.containerbuild.osbs.OsbsValidationException;
import io.containerbuild.osbs.config.OsbsConf;
import io.containerbuild.osbs.config.OsbsConfParser;
import io.containerbuild.osbs.engine.FakeEngine;
import io.containerbuild.osbs.koji.KojiHub;
import io.containerbuild.osbs.koji.Reservation;
import io.containerbuild.osbs.naming.BuildKind;
import io.containerbuild.osbs.pipeline.BuildLabels;
import io.containerbuild.osbs.store.BuildRecord;
import io.containerbuild.osbs.store.BuildStore;
import io.containerbuild.osbs.testing.GitRepos;
import io.containerbuild.osbs.testing.StandInHub;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API without a real engine: what is refused before a build starts, and what a restart finds. */
class EngineOsbsTest {

    @TempDir
    Path scratch;

    private StandInHub hub;
    private OsbsConf conf;
    private final Map<String, FakeEngine> engines = new ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        hub = StandInHub.start();
        String instance = "engines = x86, arm\nregistry_uri = 127.0.0.1:5000\nkoji_hub = " + hub.url()
                + "\nkoji_user = osbs\nkoji_password = secret\n";
        conf = OsbsConfParser.parse(IniFile.parse("""
                [general]
                state_dir = %s
                [engine:x86]
                platform = x86_64
                docker_host = unix:///tmp/osbs-unit-x86.sock
                [engine:arm]
                platform = aarch64
                docker_host = unix:///tmp/osbs-unit-arm.sock
                [default_binary]
                %s
                [default_source]
                %s
                """.formatted(scratch.resolve("state"), instance, instance), "osbs.conf"));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private EngineOsbs osbs() {
        return new EngineOsbs(conf, Clock.systemUTC(), endpoint -> engines.computeIfAbsent(endpoint.name(), FakeEngine::new));
    }

    private BinaryBuildRequest request(GitRepos repo, String ref, List<String> platforms) {
        return new BinaryBuildRequest(repo.url(), ref, "main", "alice", "app", "target", 1, platforms, false, false,
                false, null, null, null, List.of(), List.of(), List.of(), UserData.empty(), null,
                Duration.ofMinutes(5), Duration.ofMinutes(10));
    }

    @Test
    void everyPlatformGetsAnEngineAndContainerYamlNarrowsThem() {
        GitRepos repo = GitRepos.createLocal("unit", scratch);
        String commit = repo.commit(Map.of("Dockerfile",
                "FROM scratch\nLABEL com.redhat.component=app name=ns/app version=1\n"), "one");
        try (EngineOsbs osbs = osbs()) {
            String both = osbs.createBinaryContainerBuild(request(repo, commit, List.of("x86_64", "aarch64", "s390x")));
            assertEquals(List.of("x86_64", "aarch64"), osbs.getFinalPlatforms(both).orElseThrow(),
                    "s390x has no engine");
            osbs.waitForBuildToFinish(both);
            assertEquals(BuildState.FAILED, osbs.getBuildState(both), "the fake engines build nothing");
            assertTrue(osbs.getBuildErrorMessage(both).matches("Error in build-(x86_64|aarch64): the fake engine "
                    + "builds nothing;"), osbs.getBuildErrorMessage(both));
            assertTrue(hub.calls().contains("CGRefundBuild"), "the reservation made before the build is refunded");
            String failedEngine = osbs.getBuildErrorMessage(both).contains("x86_64") ? "x86" : "arm";
            assertTrue(engines.get(failedEngine).removed().contains(BuildLabels.BUILD_NAME + "=" + both),
                    "the engine the build used is cleaned up (the other platform may have been stopped before it took one)");

            String narrowed = repo.commit(Map.of("container.yaml", "platforms:\n  not: [aarch64]\n"), "two");
            String one = osbs.createBinaryContainerBuild(request(repo, narrowed, List.of("x86_64", "aarch64")));
            assertEquals(List.of("x86_64"), osbs.getFinalPlatforms(one).orElseThrow());
            osbs.waitForBuildToFinish(one);
            osbs.removeBuild(one);
            assertThrows(OsbsException.class, () -> osbs.getBuildState(one));
        }
    }

    @Test
    void requestsAreCheckedBeforeAnythingIsCloned() {
        GitRepos repo = GitRepos.createLocal("unit", scratch);
        try (EngineOsbs osbs = osbs()) {
            BinaryBuildRequest base = request(repo, "main", List.of("x86_64"));
            BinaryBuildRequest isolated = new BinaryBuildRequest(base.gitUri(), "main", "main", "alice", "app", "t", 1,
                    List.of("x86_64"), false, true, false, "5", null, null, List.of(), List.of(), List.of(),
                    UserData.empty(), null, Duration.ofMinutes(5), Duration.ofMinutes(10));
            assertTrue(assertThrows(OsbsValidationException.class, () -> osbs.createBinaryContainerBuild(isolated))
                    .getMessage().contains("release value must be in the format"));
            BinaryBuildRequest composes = new BinaryBuildRequest(base.gitUri(), "main", "main", "alice", "app", "t", 1,
                    List.of("x86_64"), false, false, false, null, null, null, List.of(3), List.of(), List.of(),
                    UserData.empty(), null, Duration.ofMinutes(5), Duration.ofMinutes(10));
            assertThrows(OsbsUnsupportedFeatureException.class, () -> osbs.createBinaryContainerBuild(composes));
            assertThrows(OsbsValidationException.class, () -> osbs.createBinaryContainerBuild(
                    request(repo, "main", List.of("x86_64"))), "the repository has no branch main yet");
        }
    }

    @Test
    void aBuildThatWasRunningWhenTheServiceStoppedIsFailedRefundedAndCleanedUp() throws Exception {
        XmlRpcKojiSession session = XmlRpcKojiSession.open(ClientOptions.of(hub.url()));
        Reservation reservation = new KojiHub(session).initBuild("atomic-reactor", new Nvr("app", "1", "1"));
        BuildStore store = new BuildStore(conf.stateDir());
        store.create(BuildRecord.created("app-main-12345-1", BuildKind.REGULAR, "default_binary", Instant.now(),
                "alice", 1, 600, List.of("x86_64"), List.of("x86_64")));
        store.update("app-main-12345-1", record -> record.withState(BuildState.RUNNING, "Running")
                .withEngine("x86").withReservation(Optional.of(new BuildRecord.HeldReservation("app-1-1",
                        reservation.buildId(), reservation.token()))));
        Files.writeString(store.workDir("app-main-12345-1").resolve("leftover"), "x");

        try (EngineOsbs osbs = osbs()) {
            assertEquals(BuildState.FAILED, osbs.getBuildState("app-main-12345-1"));
            assertTrue(osbs.getBuildErrorMessage("app-main-12345-1").contains("stopped while this build was RUNNING"));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!hub.calls().contains("CGRefundBuild") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(StandInHub.FAILED, hub.build(reservation.buildId()).get("state"));
            while (engines.get("x86") == null || engines.get("x86").removed().isEmpty()) {
                Thread.sleep(20);
            }
            assertEquals(List.of(BuildLabels.BUILD_NAME + "=app-main-12345-1"), engines.get("x86").removed());
        }
    }
}
