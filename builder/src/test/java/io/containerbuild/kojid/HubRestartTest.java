package io.containerbuild.kojid;

import static io.containerbuild.kojid.StandInHub.CLOSED;
import static io.containerbuild.kojid.StandInHub.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub goes away while a task runs and comes back on the same port with its tasks but without its sessions:
 * the finished result waits on disk, the daemon logs in again and delivers it.
 */
class HubRestartTest {

    @TempDir
    Path dir;

    /** A handler that finishes when the test says so. */
    private static ScriptedHandler releasedBy(CountDownLatch started, CountDownLatch release) {
        return ScriptedHandler.of("slowTask", (context, arguments) -> {
            started.countDown();
            if (!release.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return Map.of("survived", arguments.string("value"));
        });
    }

    @Test
    void aResultFinishedWhileTheHubIsDownIsKeptAndDeliveredWhenItComesBack() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Path work = dir.resolve("work");
        try (StandInHub hub = StandInHub.start(dir, false);
             DaemonHarness daemon = DaemonHarness.start(DaemonHarness.quickSettings(hub.url(), work),
                     releasedBy(started, release))) {
            int taskId = hub.createTask("slowTask", "the restart");
            assertTrue(started.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
            Await.until("the task to be open", () -> hub.state(taskId) == OPEN);

            hub.stop();
            release.countDown();
            Path kept = work.resolve("results").resolve(taskId + ".close.xml");
            Await.until("the result to be kept on disk", () -> Files.exists(kept));
            assertTrue(Files.readString(kept).startsWith("<?xml"));

            hub.comeBack();
            Await.until("the result to reach the hub", () -> hub.state(taskId) == CLOSED);
            assertEquals(Map.of("survived", "the restart"), hub.task(taskId).get("result"));
            assertFalse(Files.exists(kept), "the delivered result leaves the spool");

            List<String> afterRestart = hub.methods();
            assertEquals(List.of("login", "exclusiveSession", "echo", "host.getID", "getSessionInfo"),
                    afterRestart.subList(0, 5), "a fresh login once the hub forgot the session");
            TaskLifecycleTest.assertInOrder(afterRestart, "login", "host.closeTask");
            assertTrue(daemon.isRunning());
            Await.until("the daemon to probe the new hub and poll it", () -> hub.methods().stream()
                    .filter("host.getTasks"::equals).count() >= 2);
            assertEquals(1, hub.calls().stream().filter(call -> "host.getTasks".equals(call.get("method"))
                    && call.get("kwargs") instanceof Map<?, ?> kwargs && kwargs.containsKey("wait_seconds")).count(),
                    "the long poll is asked about again after the new login, once");
            daemon.stop();
        }
    }

    @Test
    void aHubThatKeepsItsSessionsGetsTheResultWithoutANewLogin() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Path work = dir.resolve("work");
        try (StandInHub hub = StandInHub.startKeepingSessions(dir);
             DaemonHarness daemon = DaemonHarness.start(DaemonHarness.quickSettings(hub.url(), work),
                     releasedBy(started, release))) {
            int taskId = hub.createTask("slowTask", "kept sessions");
            assertTrue(started.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
            Await.until("the task to be open", () -> hub.state(taskId) == OPEN);

            hub.stop();
            release.countDown();
            Await.until("the result to be kept on disk",
                    () -> Files.exists(work.resolve("results").resolve(taskId + ".close.xml")));
            hub.comeBack();
            Await.until("the result to reach the hub", () -> hub.state(taskId) == CLOSED);

            assertEquals(Map.of("survived", "kept sessions"), hub.task(taskId).get("result"));
            assertFalse(hub.methods().contains("login"), "the session still held: " + hub.methods());
            TaskLifecycleTest.assertCallNumbersRise(hub.calls());
            daemon.stop();
        }
    }

    @Test
    void aResultKeptByAnEarlierRunOfTheDaemonIsDeliveredNotFreed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Path work = dir.resolve("work");
        try (StandInHub hub = StandInHub.start(dir, false)) {
            int taskId = hub.createTask("slowTask", "two daemons");
            Path kept = work.resolve("results").resolve(taskId + ".close.xml");
            try (DaemonHarness first = DaemonHarness.start(DaemonHarness.quickSettings(hub.url(), work),
                    releasedBy(started, release))) {
                assertTrue(started.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
                Await.until("the task to be open", () -> hub.state(taskId) == OPEN);
                hub.stop();
                release.countDown();
                Await.until("the result to be kept on disk", () -> Files.exists(kept));
                first.stop();
            }

            hub.comeBack();
            DaemonHarness.runUntil(DaemonHarness.quickSettings(hub.url(), work), "the kept result to reach the hub",
                    () -> hub.state(taskId) == CLOSED);

            assertEquals(Map.of("survived", "two daemons"), hub.task(taskId).get("result"));
            assertEquals(0, hub.task(taskId).get("freed"), "a task whose result is kept is not stale");
            assertFalse(Files.exists(kept));
        }
    }
}
