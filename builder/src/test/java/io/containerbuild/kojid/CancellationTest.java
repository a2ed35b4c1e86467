package io.containerbuild.kojid;

import static io.containerbuild.kojid.StandInHub.CANCELED;
import static io.containerbuild.kojid.StandInHub.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task cancelled on the hub stops its handler: the signal fires and the handler's thread is interrupted. */
class CancellationTest {

    @TempDir
    Path dir;

    /** A handler that waits until it is interrupted, noting what it saw. */
    private static final class WaitingHandler {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch signalled = new CountDownLatch(1);
        final AtomicBoolean interrupted = new AtomicBoolean();
        final AtomicBoolean cancelledWhenInterrupted = new AtomicBoolean();
        final AtomicReference<Path> workDir = new AtomicReference<>();
        final AtomicReference<String> noticedBy = new AtomicReference<>();

        ScriptedHandler handler() {
            return ScriptedHandler.of("waitTask", (context, arguments) -> {
                workDir.set(context.workDir());
                context.cancellation().onCancel(() -> {
                    noticedBy.set(Thread.currentThread().getName());
                    signalled.countDown();
                });
                started.countDown();
                try {
                    Thread.sleep(Await.LIMIT.multipliedBy(2).toMillis());
                    return "not cancelled";
                } catch (InterruptedException e) {
                    cancelledWhenInterrupted.set(context.cancellation().isCancelled());
                    interrupted.set(true);
                    throw e;
                }
            });
        }
    }

    @Test
    void theWatcherNoticesACancelledTaskLongBeforeTheNextRoundOfTheLoop() throws Exception {
        WaitingHandler waiting = new WaitingHandler();
        try (StandInHub hub = StandInHub.start(dir, false)) {
            Map<String, String> settings = DaemonHarness.quickSettings(hub.url(), dir.resolve("work"));
            // an hour between rounds: only the watcher can notice within the test
            settings.put("sleeptime", "3600");
            int taskId = hub.createTask("waitTask", "x");
            try (DaemonHarness daemon = DaemonHarness.start(settings, waiting.handler())) {
                Await.until("the handler to start", () -> waiting.started.getCount() == 0 && hub.state(taskId) == OPEN);
                // the refused long poll, the plain poll that took the task, the next round's poll: then the pause
                Await.until("the loop to pause", () -> hub.methods().stream().filter("host.getTasks"::equals).count() >= 3);
                hub.cancel(taskId);
                Await.until("the handler to be interrupted", waiting.interrupted::get);

                assertEquals(0, waiting.signalled.getCount(), "the cancellation action ran");
                assertTrue(waiting.cancelledWhenInterrupted.get(), "the signal was set before the interrupt");
                assertEquals("cancellation-watcher", waiting.noticedBy.get());
                assertTrue(hub.calls().stream().anyMatch(call -> "getTaskInfo".equals(call.get("method"))
                        && call.get("session") == null), "the watcher asks anonymously");
                Await.until("the work directory to go", () -> !Files.exists(waiting.workDir.get()));
                daemon.stop();
            }
            assertEquals(CANCELED, hub.state(taskId));
            assertFalse(hub.methods().contains("host.closeTask"));
            assertFalse(hub.methods().contains("host.failTask"));
        }
    }

    @Test
    void theLoopAlsoNoticesACancelledTaskThroughGetHostTasks() throws Exception {
        WaitingHandler waiting = new WaitingHandler();
        try (StandInHub hub = StandInHub.start(dir, false)) {
            Map<String, String> settings = DaemonHarness.quickSettings(hub.url(), dir.resolve("work"));
            // the watcher is all but off: only kojid's own check remains
            settings.put("cancel_check_interval", "3600");
            int taskId = hub.createTask("waitTask", "x");
            try (DaemonHarness daemon = DaemonHarness.start(settings, waiting.handler())) {
                Await.until("the handler to start", () -> waiting.started.getCount() == 0 && hub.state(taskId) == OPEN);
                hub.cancel(taskId);
                Await.until("the handler to be interrupted", waiting.interrupted::get);

                assertEquals(0, waiting.signalled.getCount(), "the cancellation action ran");
                assertEquals("kojid-under-test", waiting.noticedBy.get(), "the daemon's loop noticed");
                assertFalse(hub.calls().stream().anyMatch(call -> "getTaskInfo".equals(call.get("method"))
                        && call.get("session") == null), "the watcher did not take part");
                daemon.stop();
            }
            assertEquals(CANCELED, hub.state(taskId));
            assertFalse(hub.methods().contains("host.failTask"));
        }
    }
}
