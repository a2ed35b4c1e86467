package io.containerbuild.hub.host;

import io.containerbuild.hub.store.Task;
import io.containerbuild.hub.task.TaskBell;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets an idle builder wait in {@code host.getTasks(wait_seconds=N)} until there is work, instead
 * of polling: the call looks for tasks, and while there are none it sleeps on the {@link TaskBell}
 * (rung after a task is created, freed or finished) and looks again, until the wait is over.
 *
 * <p>A waiting call sits inside its transaction and so holds a database connection, which is why
 * only a few calls may wait at once and none longer than {@link SchedulerSettings#maxWait()}; past
 * that limit a call answers at once, and the builder sleeps as it would when polling (it can tell,
 * since the answer came back before the wait it asked for).
 */
@Singleton
public final class TaskLongPoll {
    private final TaskBell bell;
    private final SchedulerSettings settings;
    private final Semaphore waiters;
    private volatile boolean closed;

    @Inject
    public TaskLongPoll(TaskBell bell, SchedulerSettings settings) {
        this.bell = bell;
        this.settings = settings;
        this.waiters = new Semaphore(settings.maxWaiters());
    }

    /** Runs {@code lookForTasks} until it finds some or {@code wait} (capped) has passed. */
    public List<Task> await(Supplier<List<Task>> lookForTasks, Duration wait) {
        Duration capped = wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : wait;
        if (capped.isNegative() || capped.isZero() || closed || !waiters.tryAcquire()) {
            return lookForTasks.get();
        }
        try {
            long deadline = System.nanoTime() + capped.toNanos();
            while (true) {
                // the generation is read before looking, so a ring in between is not missed
                long seen = bell.generation();
                List<Task> tasks = lookForTasks.get();
                long left = deadline - System.nanoTime();
                if (!tasks.isEmpty() || left <= 0 || closed) {
                    return tasks;
                }
                if (!bell.awaitAfter(seen, Duration.ofNanos(left))) {
                    return lookForTasks.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            waiters.release();
        }
    }

    /** Releases every waiting call and answers later ones at once: the hub is stopping. */
    public void close() {
        closed = true;
        bell.ring();
    }
}
