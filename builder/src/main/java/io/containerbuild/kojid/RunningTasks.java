package io.containerbuild.kojid;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tasks this daemon runs now, each on a thread of its own. Knows the host's load (the sum of the running
 * tasks' weights), wakes the daemon's loop when a task ends, and remembers ended tasks' subsessions until the
 * loop logs them out.
 */
final class RunningTasks {
    private static final Logger LOG = LoggerFactory.getLogger(RunningTasks.class);

    private final Map<Integer, TaskRunner> runners = new LinkedHashMap<>();
    private final List<Long> endedSubsessions = new ArrayList<>();
    private final Wakeup wakeup;

    @Inject
    RunningTasks(Wakeup wakeup) {
        this.wakeup = wakeup;
    }

    void start(TaskRunner runner) {
        synchronized (this) {
            runners.put(runner.taskId(), runner);
        }
        // a daemon thread: a handler that ignores interruption must not keep a stopping JVM alive
        Thread thread = new Thread(() -> {
            try {
                runner.run();
            } catch (RuntimeException | Error e) {
                LOG.error("Task {}: its runner failed", runner.taskId(), e);
            } finally {
                ended(runner);
            }
        }, "task-" + runner.taskId());
        thread.setDaemon(true);
        thread.start();
    }

    synchronized int count() {
        return runners.size();
    }

    synchronized double load() {
        return runners.values().stream().mapToDouble(TaskRunner::weight).sum();
    }

    synchronized boolean contains(int taskId) {
        return runners.containsKey(taskId);
    }

    synchronized List<TaskRunner> snapshot() {
        return List.copyOf(runners.values());
    }

    /** The subsessions of tasks that ended since the last call. */
    synchronized List<Long> takeEndedSubsessions() {
        List<Long> ended = List.copyOf(endedSubsessions);
        endedSubsessions.clear();
        return ended;
    }

    /** Waits until no task runs; answers whether that happened within the time given. */
    synchronized boolean awaitNone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!runners.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Stops the handlers that still run; answers their tasks. Tasks already reporting are left to finish. */
    List<Integer> stopHandlers(String reason) {
        List<Integer> stopped = new ArrayList<>();
        for (TaskRunner runner : snapshot()) {
            if (runner.cancellation().cancelIfRunning(reason)) {
                stopped.add(runner.taskId());
            }
        }
        return stopped;
    }

    private void ended(TaskRunner runner) {
        synchronized (this) {
            runners.remove(runner.taskId());
            runner.subsessionId().ifPresent(endedSubsessions::add);
            notifyAll();
        }
        wakeup.wake();
    }
}
