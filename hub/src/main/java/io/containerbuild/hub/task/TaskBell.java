package io.containerbuild.hub.task;

import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Rings when there is new work for builders, so an idle builder waiting in {@code host.getTasks}
 * learns of a new task at once instead of at its next poll. Waiters compare generations, so a ring
 * between two waits is never missed.
 */
@Singleton
public final class TaskBell {
    private long generation;

    public synchronized void ring() {
        generation++;
        notifyAll();
    }

    public synchronized long generation() {
        return generation;
    }

    /** Waits until the bell rings after {@code seen}, or the timeout passes; answers whether it rang. */
    public synchronized boolean awaitAfter(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (generation == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
