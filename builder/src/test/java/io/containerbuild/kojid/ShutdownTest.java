package io.containerbuild.kojid;

import static io.containerbuild.kojid.StandInHub.CLOSED;
import static io.containerbuild.kojid.StandInHub.FREE;
import static io.containerbuild.kojid.StandInHub.OPEN;
import static io.containerbuild.kojid.TaskLifecycleTest.assertInOrder;
import static io.containerbuild.kojid.TaskLifecycleTest.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping (SIGTERM): no new tasks; running ones finish within the grace period or are stopped and freed. */
class ShutdownTest {

    @TempDir
    Path dir;

    @Test
    void tasksStillRunningAfterTheGracePeriodAreStoppedAndFreed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean signalled = new AtomicBoolean();
        AtomicReference<Path> workDir = new AtomicReference<>();
        ScriptedHandler endless = ScriptedHandler.of("endlessTask", (context, arguments) -> {
            workDir.set(context.workDir());
            context.cancellation().onCancel(() -> signalled.set(true));
            started.countDown();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
            return null;
        });
        try (StandInHub hub = StandInHub.start(dir, false)) {
            int taskId = hub.createTask("endlessTask", "x");
            try (DaemonHarness daemon = DaemonHarness.start(DaemonHarness.quickSettings(hub.url(), dir.resolve("work")),
                    endless)) {
                assertTrue(started.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
                Await.until("the task to be open", () -> hub.state(taskId) == OPEN);
                daemon.stop();
            }

            assertEquals(FREE, hub.state(taskId), "freed for another host");
            assertTrue(interrupted.get(), "the handler was interrupted");
            assertTrue(signalled.get(), "the cancellation signal fired");
            assertFalse(Files.exists(workDir.get()));
            List<Map<String, Object>> calls = hub.calls();
            assertEquals(List.of(List.of(taskId)), first(calls, "host.freeTasks").get("args"));
            assertInOrder(hub.methods(), "host.freeTasks", "host.updateHost", "logout");
            Map<String, Object> signOff = calls.stream().filter(call -> "host.updateHost".equals(call.get("method")))
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(List.of(0.0, false), signOff.get("args"), "the last heartbeat: no load, not ready");
            assertFalse(hub.methods().contains("host.failTask"), "a freed task reports nothing");
            assertFalse(hub.methods().contains("host.closeTask"));
        }
    }

    @Test
    void aTaskThatFinishesWithinTheGracePeriodReportsItsResultAndIsNotFreed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedHandler slow = ScriptedHandler.of("slowTask", (context, arguments) -> {
            started.countDown();
            return release.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS) ? "finished in time" : "never released";
        });
        try (StandInHub hub = StandInHub.start(dir, false)) {
            Map<String, String> settings = DaemonHarness.quickSettings(hub.url(), dir.resolve("work"));
            settings.put("shutdown_grace", "60");
            int taskId = hub.createTask("slowTask", "x");
            int laterTask;
            try (DaemonHarness daemon = DaemonHarness.start(settings, slow)) {
                assertTrue(started.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
                daemon.requestStop();
                Await.until("the stopping daemon to tell the hub it is not ready", () -> hub.calls().stream()
                        .anyMatch(call -> "host.updateHost".equals(call.get("method"))
                                && Boolean.FALSE.equals(((List<?>) call.get("args")).get(1))));
                laterTask = hub.createTask("slowTask", "too late");
                release.countDown();
                daemon.awaitStopped();
            }

            assertEquals(CLOSED, hub.state(taskId));
            assertEquals("finished in time", hub.task(taskId).get("result"));
            assertFalse(hub.methods().contains("host.freeTasks"));
            assertEquals(FREE, hub.state(laterTask), "a stopping daemon takes no new task");
            assertInOrder(hub.methods(), "host.closeTask", "host.updateHost", "logout");
        }
    }

    @Test
    void sigtermMakesTheRealProcessFreeItsRunningTasksAndSignOff() throws Exception {
        try (StandInHub hub = StandInHub.start(dir, false)) {
            Path config = dir.resolve("kojid.conf");
            List<String> lines = new ArrayList<>(List.of("[kojid]"));
            Map<String, String> settings = DaemonHarness.quickSettings(hub.url(), dir.resolve("work"));
            settings.put("plugins", SleeperPlugin.NAME);
            settings.forEach((key, value) -> lines.add(key + " = " + value));
            Files.write(config, lines, StandardCharsets.UTF_8);
            int taskId = hub.createTask("sleepTask", "x");

            Path log = dir.resolve("kojid.log");
            Process kojid = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KojidMain.class.getName(), "--config",
                    config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                Await.until("the real daemon to open the task", () -> hub.state(taskId) == OPEN);
                kojid.destroy();
                assertTrue(kojid.waitFor(Await.LIMIT.toSeconds(), TimeUnit.SECONDS), "kojid exits after SIGTERM");
            } finally {
                kojid.destroyForcibly();
            }

            String output = Files.readString(log);
            assertEquals(143, kojid.exitValue(), "ended by SIGTERM after its shutdown hook\n" + output);
            assertEquals(FREE, hub.state(taskId), output);
            assertEquals(List.of(List.of(taskId)), first(hub.calls(), "host.freeTasks").get("args"));
            assertInOrder(hub.methods(), "host.openTask", "host.freeTasks", "host.updateHost", "logout");
        }
    }
}
