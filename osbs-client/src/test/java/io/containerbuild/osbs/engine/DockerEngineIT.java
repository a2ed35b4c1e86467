package io.containerbuild.osbs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.testing.BaseImage;
import io.containerbuild.osbs.testing.RealParts;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine adapter against the real dockerd and registry: build, push, inspect, failures, stopping. */
class DockerEngineIT {

    private static DockerEngine engine;
    private static String base;

    @TempDir
    Path context;

    @BeforeAll
    static void connect() {
        base = BaseImage.pullSpec();
        engine = DockerEngine.connect(BaseImage.localEngine());
    }

    @AfterAll
    static void disconnect() {
        engine.close();
    }

    @Test
    void buildsPushesAndInspects() throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM " + base + "\nRUN echo hello > /hello\nLABEL a=b\n");
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        String repository = RealParts.registry() + "/osbs-it/engine";
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        String id = engine.build(new ImageBuildSpec(context, repository + ":" + tag, true), log::add, new AbortSwitch());
        assertTrue(id.startsWith("sha256:"), id);
        assertTrue(log.stream().anyMatch(line -> line.contains("RUN echo hello")), log.toString());
        String digest = engine.push(repository, tag, Optional.empty(), line -> { }, new AbortSwitch());
        assertTrue(digest.matches("sha256:[0-9a-f]{64}"), digest);
        ImageFacts facts = engine.inspect(id);
        assertEquals(id, facts.id());
        assertEquals("amd64", facts.architecture());
        assertEquals(4, facts.layers().size(), facts.layers().toString());
        assertTrue(facts.layers().get(0).size() > 1_000_000, "the busybox layer: " + facts.layers());
        assertFalse(facts.hasRpm());
        assertTrue(facts.configJson().contains("\"a\":\"b\""), facts.configJson());
    }

    @Test
    void aFailingRunGivesTheEnginesText() throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM " + base + "\nRUN echo going-to-fail && exit 3\n");
        EngineException failure = assertThrows(EngineException.class, () -> engine.build(
                new ImageBuildSpec(context, "osbs-it/failing:1", false), line -> { }, new AbortSwitch()));
        assertTrue(failure.getMessage().contains("returned a non-zero code: 3"), failure.getMessage());
    }

    @Test
    void anEngineThatIsDownIsNamed() {
        EngineEndpoint nowhere = new EngineEndpoint("gone", "x86_64", URI.create("unix:///tmp/osbs-no-such.sock"),
                Optional.empty(), 1);
        try (DockerEngine gone = DockerEngine.connect(nowhere)) {
            EngineException failure = assertThrows(EngineException.class, gone::version);
            assertTrue(failure.getMessage().contains("unix:///tmp/osbs-no-such.sock"), failure.getMessage());
        }
    }

    @Test
    void aPushToARegistryThatIsDownNamesIt() throws Exception {
        String marker = "osbs-it-" + UUID.randomUUID();
        Files.writeString(context.resolve("Dockerfile"), "FROM " + base + "\nLABEL io.containerbuild.test=" + marker + "\n");
        String id = engine.build(new ImageBuildSpec(context, "127.0.0.1:5999/osbs-it/nowhere:1", false), line -> { },
                new AbortSwitch());
        EngineException failure = assertThrows(EngineException.class, () -> engine.push("127.0.0.1:5999/osbs-it/nowhere",
                "1", Optional.empty(), line -> { }, new AbortSwitch()));
        assertTrue(failure.getMessage().contains("127.0.0.1:5999"), failure.getMessage());
        engine.removeLabelled("io.containerbuild.test", marker);
        assertTrue(engine.imageId(id).isEmpty());
    }

    @Test
    void abortingStopsTheBuildAndLeftoversCanBeRemoved() throws Exception {
        String marker = "osbs-it-" + UUID.randomUUID();
        Files.writeString(context.resolve("Dockerfile"), "FROM " + base + "\nLABEL io.containerbuild.test=" + marker
                + "\nRUN echo started; sleep 60\n");
        AbortSwitch abort = new AbortSwitch();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> build = CompletableFuture.runAsync(() -> engine.build(
                new ImageBuildSpec(context, "osbs-it/slow:1", false), log::add, abort));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (log.stream().noneMatch(line -> line.equals("started")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(log.contains("started"), log.toString());
        long stopping = System.nanoTime();
        abort.abort(AbortSwitch.Reason.CANCELLED);
        EngineException stopped = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> build.get(10, TimeUnit.SECONDS)).getCause() instanceof EngineException e ? e : null;
        assertTrue(stopped != null && stopped.getMessage().contains("stopped"));
        assertTrue(System.nanoTime() - stopping < TimeUnit.SECONDS.toNanos(5));
        engine.removeLabelled("io.containerbuild.test", marker);
        try (EngineProbe probe = new EngineProbe()) {
            assertEquals(0, probe.containers("io.containerbuild.test", marker));
            assertEquals(0, probe.images("io.containerbuild.test", marker));
        }
    }
}
