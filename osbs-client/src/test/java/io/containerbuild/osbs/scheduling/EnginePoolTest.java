package io.containerbuild.osbs.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.engine.FakeEngine;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Slots: least-loaded first, waiting while full, giving up when the build is stopped. */
class EnginePoolTest {

    private static final EngineEndpoint A = new EngineEndpoint("a", "x86_64", URI.create("unix:///a"), Optional.empty(), 2);
    private static final EngineEndpoint B = new EngineEndpoint("b", "x86_64", URI.create("unix:///b"), Optional.empty(), 1);

    @Test
    void takesTheLeastLoadedEngineAndWaitsWhenAllAreFull() throws Exception {
        try (EnginePool pool = new EnginePool(endpoint -> new FakeEngine(endpoint.dockerHost().toString()))) {
            EngineLease first = pool.acquire(List.of(A, B), new AbortSwitch(), () -> { }).orElseThrow();
            EngineLease second = pool.acquire(List.of(A, B), new AbortSwitch(), () -> { }).orElseThrow();
            EngineLease third = pool.acquire(List.of(A, B), new AbortSwitch(), () -> { }).orElseThrow();
            assertEquals(List.of("a", "b", "a"), List.of(first.endpoint().name(), second.endpoint().name(),
                    third.endpoint().name()));
            AtomicBoolean waited = new AtomicBoolean();
            CompletableFuture<EngineLease> fourth = CompletableFuture.supplyAsync(() -> {
                try {
                    return pool.acquire(List.of(A, B), new AbortSwitch(), () -> waited.set(true)).orElseThrow();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(100);
            assertFalse(fourth.isDone());
            assertTrue(waited.get(), "the build was told it waits (PENDING)");
            second.close();
            second.close();
            assertEquals("b", fourth.get(5, TimeUnit.SECONDS).endpoint().name());
            assertEquals(java.util.Map.of("a", 2, "b", 1), pool.load());
        }
    }

    @Test
    void aStoppedBuildStopsWaiting() throws Exception {
        try (EnginePool pool = new EnginePool(endpoint -> new FakeEngine("x"))) {
            pool.acquire(List.of(B), new AbortSwitch(), () -> { }).orElseThrow();
            AbortSwitch abort = new AbortSwitch();
            CompletableFuture<Optional<EngineLease>> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return pool.acquire(List.of(B), abort, () -> { });
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(100);
            abort.abort(AbortSwitch.Reason.CANCELLED);
            assertTrue(waiting.get(5, TimeUnit.SECONDS).isEmpty());
        }
    }
}
