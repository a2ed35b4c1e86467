package io.containerbuild.kojid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signal and the interrupt: only while the handler runs, each action once, the result decided atomically. */
class TaskCancellationTest {

    @Test
    void actionsRunOnceWhenCancelledAndAtOnceWhenRegisteredLater() {
        TaskCancellation cancellation = new TaskCancellation(1);
        List<String> ran = new ArrayList<>();
        cancellation.onCancel(() -> ran.add("early"));
        cancellation.onCancel(() -> {
            throw new IllegalStateException("a broken action does not stop the others");
        });
        cancellation.onCancel(() -> ran.add("second"));
        cancellation.attach(Thread.currentThread());

        assertTrue(cancellation.cancelIfRunning("test"));
        assertFalse(cancellation.cancelIfRunning("again"), "cancelled once");
        cancellation.onCancel(() -> ran.add("late"));

        assertEquals(List.of("early", "second", "late"), ran);
        assertTrue(cancellation.isCancelled());
        assertTrue(Thread.currentThread().isInterrupted(), "the handler's thread is interrupted");
        assertTrue(cancellation.detach(), "the handler's outcome is dropped");
        assertFalse(Thread.currentThread().isInterrupted(), "the daemon's own work after the handler is not");
    }

    @Test
    void afterTheHandlerReturnedNothingIsCancelledOrInterrupted() {
        TaskCancellation cancellation = new TaskCancellation(1);
        List<String> ran = new ArrayList<>();
        cancellation.onCancel(() -> ran.add("action"));
        cancellation.attach(Thread.currentThread());
        assertFalse(cancellation.detach(), "the handler's outcome is reported");

        assertFalse(cancellation.cancelIfRunning("too late"));
        assertFalse(cancellation.isCancelled());
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(List.of(), ran);
    }

    @Test
    void beforeTheHandlerStartsThereIsNothingToStop() {
        TaskCancellation cancellation = new TaskCancellation(1);
        assertFalse(cancellation.handlerRunning());
        assertFalse(cancellation.cancelIfRunning("early"));
    }

    @Test
    void theWatcherStopsOnlyTasksThatAreDefinitelyNoLongerThisHosts() {
        assertEquals("the task was cancelled",
                CancellationWatcher.reasonToStop(Map.of("state", 3, "host_id", 7), 7).orElseThrow());
        assertEquals("the task is FREE on the hub",
                CancellationWatcher.reasonToStop(Map.of("state", 0), 7).orElseThrow());
        assertEquals("the task was given to host 8",
                CancellationWatcher.reasonToStop(Map.of("state", 1, "host_id", 8), 7).orElseThrow());
        assertTrue(CancellationWatcher.reasonToStop(Map.of("state", 1, "host_id", 7), 7).isEmpty());
        assertTrue(CancellationWatcher.reasonToStop(null, 7).isEmpty(), "no record: no action");
        assertTrue(CancellationWatcher.reasonToStop(Map.of("state", 99), 7).isEmpty());
    }
}
