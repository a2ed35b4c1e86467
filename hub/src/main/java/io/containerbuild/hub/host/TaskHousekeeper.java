package io.containerbuild.hub.host;

import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.task.TaskBell;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler's housekeeping, on a background thread started with the hub: hosts silent past the
 * ready timeout are no longer ready, hosts silent past the host timeout lose their open and assigned
 * tasks (freed for others to take, and the bell rung), and old soft refusals are forgotten.
 *
 * <p>It runs on its own rather than on {@code host.getTasks}, as Koji does, so that the tasks of a
 * dead builder come free even when no other builder is polling, and a builder's poll never pays for
 * a sweep. Closing it stops the sweeps and releases builders waiting for tasks.
 */
@Singleton
public final class TaskHousekeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskHousekeeper.class);

    private final Store store;
    private final TaskBell bell;
    private final TaskLongPoll longPoll;
    private final SchedulerSettings settings;
    private final Clock clock;
    private ScheduledExecutorService executor;

    /** What one sweep changed. */
    public record Sweep(int hostsNoLongerReady, int tasksFreed, int refusalsForgotten) {}

    @Inject
    public TaskHousekeeper(Store store, TaskBell bell, TaskLongPoll longPoll, SchedulerSettings settings,
                           Clock clock) {
        this.store = store;
        this.bell = bell;
        this.longPoll = longPoll;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts the periodic sweeps; the first runs one interval after the start. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hub-task-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweepQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** One sweep as of {@code now}; tests pass a later instant instead of waiting out the timeouts. */
    public Sweep sweep(Instant now) {
        Sweep sweep = store.database().inTransaction(connection -> {
            int notReady = store.hosts().markNotReadyIfSilentSince(now.minus(settings.readyTimeout()));
            Instant silentSince = now.minus(settings.hostTimeout());
            int freed = 0;
            for (Host host : store.hosts().list()) {
                if (host.updateTime() == null || host.updateTime().isBefore(silentSince)) {
                    int ofHost = store.tasks().freeAllOfHost(host.id());
                    if (ofHost > 0) {
                        LOG.info("freed {} task(s) of host {}, silent since {}", ofHost, host.name(),
                                host.updateTime());
                    }
                    freed += ofHost;
                }
            }
            int forgotten = store.tasks().expireSoftRefusals(now.minus(settings.softRefusalTimeout()));
            return new Sweep(notReady, freed, forgotten);
        });
        if (sweep.tasksFreed() > 0 || sweep.refusalsForgotten() > 0) {
            bell.ring();
        }
        return sweep;
    }

    private void sweepQuietly() {
        try {
            sweep(clock.instant());
        } catch (RuntimeException e) {
            // a failed sweep (the database restarting, say) must not end the ones after it
            LOG.warn("task housekeeping failed; trying again in {}", settings.sweepInterval(), e);
        }
    }

    @Override
    public synchronized void close() {
        longPoll.close();
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
