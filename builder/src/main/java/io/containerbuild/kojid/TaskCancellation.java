package io.containerbuild.kojid;

import io.containerbuild.plugin.builder.CancellationSignal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's {@link CancellationSignal}, and the one place that interrupts its handler. The handler's thread is
 * attached only while the handler runs, so a cancellation can never interrupt the daemon's own work after it
 * (uploading, reporting); and {@link #detach()} tells atomically whether the cancellation came first, so a
 * result is either reported or dropped, never both.
 */
final class TaskCancellation implements CancellationSignal {
    private static final Logger LOG = LoggerFactory.getLogger(TaskCancellation.class);

    private final int taskId;
    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;
    private Thread handlerThread;

    TaskCancellation(int taskId) {
        this.taskId = taskId;
    }

    @Override
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return;
            }
        }
        runQuietly(action);
    }

    /** From the handler's own thread, before the handler starts. */
    synchronized void attach(Thread thread) {
        handlerThread = thread;
    }

    /**
     * From the handler's own thread once the handler returned: clears an interrupt meant for the handler and
     * answers whether the task was cancelled meanwhile. Later cancellations do nothing.
     */
    synchronized boolean detach() {
        handlerThread = null;
        Thread.interrupted();
        return cancelled;
    }

    synchronized boolean handlerRunning() {
        return handlerThread != null;
    }

    /**
     * Cancels the task if its handler is still running: the actions registered with {@link #onCancel} run (on
     * the calling thread), then the handler's thread is interrupted.
     *
     * @return false when the handler had already returned (or the task was cancelled before)
     */
    boolean cancelIfRunning(String reason) {
        List<Runnable> toRun;
        Thread toInterrupt;
        synchronized (this) {
            if (handlerThread == null || cancelled) {
                return false;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
            toInterrupt = handlerThread;
        }
        LOG.info("Task {}: {}; stopping its handler", taskId, reason);
        toRun.forEach(this::runQuietly);
        synchronized (this) {
            if (handlerThread == toInterrupt && toInterrupt != null) {
                toInterrupt.interrupt();
            }
        }
        return true;
    }

    private void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("Task {}: a cancellation action failed", taskId, e);
        }
    }
}
