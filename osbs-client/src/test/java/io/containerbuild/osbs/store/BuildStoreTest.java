package io.containerbuild.osbs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.naming.BuildKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records and logs on disk: they come back in a new store, and followers see lines as they come. */
class BuildStoreTest {

    @TempDir
    Path state;

    private static BuildRecord record(String name) {
        return BuildRecord.created(name, BuildKind.REGULAR, "default_binary", Instant.parse("2026-01-01T00:00:00Z"),
                "alice", 12, 600, List.of("x86_64", "s390x"), List.of("x86_64"));
    }

    @Test
    void recordsAndLogsSurviveANewStore() {
        BuildStore store = new BuildStore(state);
        assertTrue(store.create(record("b1")));
        assertFalse(store.create(record("b1")), "names are unique");
        store.update("b1", r -> r.withReservation(Optional.of(new BuildRecord.HeldReservation("a-1-1", 5, "t"))));
        store.update("b1", r -> r.withEngine("x86-1").withEngine("x86-1"));
        store.log("b1").append(BuildLogLine.of("x86_64", "Step 1/2 : FROM x"));
        store.log("b1").append(BuildLogLine.userWarning("careful"));
        store.log("b1").finish();
        BuildResults results = new BuildResults(List.of("r/a:1-1"), List.of("r/a:u"), List.of("r/a:latest"),
                OptionalInt.of(9), java.util.Map.of("r/a:1-1", "sha256:1"));
        store.update("b1", r -> r.finish(BuildState.COMPLETE, "Succeeded", "", Optional.of(results),
                Instant.parse("2026-01-01T00:01:00Z")));

        BuildStore reopened = new BuildStore(state);
        BuildRecord back = reopened.find("b1").orElseThrow();
        assertEquals(store.find("b1").orElseThrow(), back);
        assertEquals(BuildState.COMPLETE, back.state());
        assertEquals(results, back.results().orElseThrow());
        assertEquals(List.of("x86-1"), back.engines());
        assertEquals(5, back.reservation().orElseThrow().buildId());
        assertEquals(List.of(BuildLogLine.of("x86_64", "Step 1/2 : FROM x"), BuildLogLine.userWarning("careful")),
                reopened.log("b1").lines());
    }

    @Test
    void followersGetLinesUntilTheLogIsFinished() throws Exception {
        BuildStore store = new BuildStore(state);
        store.create(record("b2"));
        BuildLog log = store.log("b2");
        log.append(BuildLogLine.of("noarch", "one"));
        CompletableFuture<List<String>> followed = CompletableFuture.supplyAsync(() -> {
            try (Stream<BuildLogLine> lines = log.follow()) {
                return lines.map(BuildLogLine::text).toList();
            }
        });
        Thread.sleep(100);
        assertFalse(followed.isDone());
        log.append(BuildLogLine.of("noarch", "two"));
        log.finish();
        assertEquals(List.of("one", "two"), followed.get(5, TimeUnit.SECONDS));
    }

    @Test
    void waitingEndsWhenTheBuildFinishesAndRemovingForgetsIt() throws Exception {
        BuildStore store = new BuildStore(state);
        store.create(record("b3"));
        CompletableFuture.runAsync(() -> {
            sleep(100);
            store.update("b3", r -> r.finish(BuildState.FAILED, "Failed", "Error in x: y;", Optional.empty(),
                    Instant.now()));
        });
        assertEquals(BuildState.FAILED, store.awaitFinished("b3", Duration.ofSeconds(5)).orElseThrow().state());
        assertTrue(Files.isDirectory(store.workDir("b3")));
        store.remove("b3");
        assertTrue(store.find("b3").isEmpty());
        assertFalse(Files.exists(store.workDir("b3")));
        assertTrue(new BuildStore(state).find("b3").isEmpty());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
