package io.containerbuild.osbs.builds;

import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.pipeline.BuildStopped;
import io.containerbuild.osbs.pipeline.StepFailure;
import io.containerbuild.osbs.store.BuildLog;
import io.containerbuild.osbs.store.BuildStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs builds in the background, at most {@code maxConcurrentBuilds} at once (more wait as NEW), each
 * with a watchdog that stops it when its build-time limit runs out. The runner owns the final
 * state: COMPLETE with results, FAILED with an {@code Error in <step>: …;} message, or CANCELLED.
 */
final class BuildRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BuildRunner.class);

    private final BuildStore store;
    private final Clock clock;
    private final ExecutorService builds;
    private final ScheduledExecutorService watchdogs;
    private final Map<String, Control> controls = new ConcurrentHashMap<>();

    BuildRunner(BuildStore store, Clock clock, int maxConcurrentBuilds) {
        this.store = store;
        this.clock = clock;
        this.builds = Executors.newFixedThreadPool(maxConcurrentBuilds, daemon("osbs-build"));
        this.watchdogs = Executors.newSingleThreadScheduledExecutor(daemon("osbs-watchdog"));
    }

    /** Queues a build; {@code work} gets the build's abort switch and returns its results. */
    void submit(String name, Duration timeLimit, Function<AbortSwitch, BuildResults> work) {
        Control control = new Control();
        controls.put(name, control);
        builds.execute(() -> {
            if (!control.started.compareAndSet(false, true)) {
                return;
            }
            ScheduledFuture<?> watchdog = watchdogs.schedule(() -> control.abort.abort(AbortSwitch.Reason.TIMED_OUT),
                    timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            try {
                run(name, timeLimit, control.abort, work);
            } finally {
                watchdog.cancel(false);
                controls.remove(name);
            }
        });
    }

    /**
     * Stops a build: a queued one is cancelled on the spot; a running one has its abort switch
     * thrown and ends as CANCELLED once its steps have stopped and cleaned up.
     */
    void cancel(String name) {
        Control control = controls.get(name);
        if (control == null) {
            return;
        }
        control.abort.abort(AbortSwitch.Reason.CANCELLED);
        if (control.started.compareAndSet(false, true)) {
            controls.remove(name);
            finish(name, BuildState.CANCELLED, "Cancelled", "", Optional.empty());
        }
    }

    boolean isActive(String name) {
        return controls.containsKey(name);
    }

    private void run(String name, Duration timeLimit, AbortSwitch abort, Function<AbortSwitch, BuildResults> work) {
        try {
            BuildResults results = work.apply(abort);
            finish(name, BuildState.COMPLETE, "Succeeded", "", Optional.of(results));
        } catch (BuildStopped stopped) {
            stoppedBy(name, abort, stopped.getMessage(), timeLimit);
        } catch (StepFailure failure) {
            if (abort.aborted()) {
                stoppedBy(name, abort, "stopped during " + failure.step(), timeLimit);
            } else {
                finish(name, BuildState.FAILED, "Failed", failure.errorMessage(), Optional.empty());
            }
        } catch (RuntimeException | Error e) {
            LOG.error("Build {} failed unexpectedly", name, e);
            finish(name, BuildState.FAILED, "Failed", "Error in osbs: " + e + ";", Optional.empty());
        }
    }

    private void stoppedBy(String name, AbortSwitch abort, String where, Duration timeLimit) {
        if (abort.reason().orElse(AbortSwitch.Reason.CANCELLED) == AbortSwitch.Reason.TIMED_OUT) {
            finish(name, BuildState.FAILED, "TimedOut", "Error in osbs: the build exceeded its time limit of "
                    + timeLimit.toSeconds() + " s and was " + where + ";", Optional.empty());
        } else {
            finish(name, BuildState.CANCELLED, "Cancelled", "", Optional.empty());
        }
    }

    private void finish(String name, BuildState state, String reason, String error, Optional<BuildResults> results) {
        BuildLog log = store.log(name);
        if (!error.isEmpty()) {
            log.append(BuildLogLine.of(BuildLogLine.NOARCH, error));
        }
        log.append(BuildLogLine.of(BuildLogLine.NOARCH, "Build " + name + " is " + state));
        log.finish();
        store.update(name, record -> record.finish(state, reason, error, results, clock.instant()));
    }

    @Override
    public void close() {
        controls.values().forEach(control -> control.abort.abort(AbortSwitch.Reason.CANCELLED));
        builds.shutdown();
        try {
            if (!builds.awaitTermination(2, TimeUnit.MINUTES)) {
                builds.shutdownNow();
            }
        } catch (InterruptedException e) {
            builds.shutdownNow();
            Thread.currentThread().interrupt();
        }
        watchdogs.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class Control {
        final AbortSwitch abort = new AbortSwitch();
        final AtomicBoolean started = new AtomicBoolean();
    }
}
