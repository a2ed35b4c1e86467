package io.containerbuild.kojid;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ServerOffline;
import io.containerbuild.wire.TransportException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The builder daemon: logs in as its host, then loops until stopped. Each round it logs out the subsessions of
 * ended tasks ({@code logoutChild}), offers kept results to the hub, squares open tasks with the hub
 * ({@code host.getHostTasks}), sends its heartbeat ({@code host.getHost}, {@code host.updateHost}) and, when
 * ready, takes what {@code host.getTasks} assigns. It pauses up to {@code sleeptime} between rounds, less the
 * time the hub held a long poll open; not at all after taking a task; and a task's end cuts the pause short.
 *
 * <p>An unreachable hub is retried every {@code sleeptime}; running tasks carry on meanwhile and their results
 * wait in the spool. {@link #stop()} (SIGTERM) ends the loop: no new tasks; running ones get
 * {@code shutdown_grace} to finish; those still running are stopped and freed ({@code host.freeTasks}) for
 * other hosts; then {@code host.updateHost(0.0, False)} and {@code logout}.
 */
public final class Kojid {
    private static final Logger LOG = LoggerFactory.getLogger(Kojid.class);
    /** How long stopped handlers get to wind down (and clean up) before the daemon signs off regardless. */
    static final Duration WIND_DOWN = Duration.ofSeconds(10);
    /** Room for freeing tasks, delivering kept results and signing off once the tasks are settled. */
    static final Duration SIGN_OFF_ALLOWANCE = Duration.ofSeconds(60);

    private final KojidConfig config;
    private final HostSession host;
    private final Heartbeat heartbeat;
    private final OpenTaskReconciler reconciler;
    private final TaskPoller poller;
    private final TaskTaker taker;
    private final RunningTasks running;
    private final ResultDelivery delivery;
    private final CancellationWatcher watcher;
    private final Wakeup wakeup;
    private final List<Long> subsessionsToEnd = new ArrayList<>();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private volatile boolean stopping;

    @Inject
    Kojid(KojidConfig config, HostSession host, Heartbeat heartbeat, OpenTaskReconciler reconciler,
          TaskPoller poller, TaskTaker taker, RunningTasks running, ResultDelivery delivery,
          CancellationWatcher watcher, Wakeup wakeup) {
        this.config = config;
        this.host = host;
        this.heartbeat = heartbeat;
        this.reconciler = reconciler;
        this.poller = poller;
        this.taker = taker;
        this.running = running;
        this.delivery = delivery;
        this.watcher = watcher;
        this.wakeup = wakeup;
    }

    /**
     * Runs until {@link #stop()}; returns once running tasks are finished or freed and the host has signed off.
     *
     * @throws KojiFault when the first login fails for a reason other than an unreachable hub (bad credentials,
     *                   not a host, another daemon holds the host's exclusive session)
     */
    public void run() {
        boolean interrupted = false;
        try {
            if (logIn()) {
                watcher.start();
                while (!stopping) {
                    round();
                }
            }
        } catch (InterruptedException e) {
            interrupted = true;
            stopping = true;
        }
        try {
            if (host.hostId() >= 0) {
                shutDown();
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            watcher.stop();
            terminated.countDown();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the daemon to stop, from any thread (the SIGTERM hook). */
    public void stop() {
        stopping = true;
        wakeup.wake();
    }

    /** Waits until {@link #run()} has returned; answers whether it did in time. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return terminated.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * How long stopping may take at most: a long poll in flight (up to {@code sleeptime}), the grace period, the
     * wind-down of stopped handlers, and the calls that sign off.
     */
    public Duration stopAllowance() {
        return config.sleeptime().plus(config.shutdownGrace()).plus(WIND_DOWN).plus(SIGN_OFF_ALLOWANCE);
    }

    private boolean logIn() throws InterruptedException {
        while (!stopping) {
            try {
                host.ensureConnected();
                return true;
            } catch (TransportException | ServerOffline e) {
                LOG.warn("Cannot reach the hub at {} ({}); trying again in {} s", config.server(), e.getMessage(),
                        config.sleeptime().toSeconds());
                wakeup.pause(config.sleeptime());
            }
        }
        return false;
    }

    private void round() throws InterruptedException {
        try {
            host.ensureConnected();
            endSubsessions();
            delivery.deliverPending(host, running::contains);
            reconciler.reconcile();
            if (!heartbeat.beat(running.load(), running.count(), !stopping)) {
                wakeup.pause(config.sleeptime());
                return;
            }
            TaskPoller.Poll poll = poller.poll();
            if (taker.take(poll.tasks(), () -> !stopping) == 0) {
                wakeup.pause(poll.pauseWhenNothingTaken(config.sleeptime()));
            }
        } catch (TransportException | ServerOffline e) {
            LOG.warn("The hub is unreachable ({}); trying again in {} s", e.getMessage(), config.sleeptime().toSeconds());
            wakeup.pause(config.sleeptime());
        } catch (KojiFault fault) {
            // e.g. the password was changed, or the host disabled as a user: reported, and tried again
            LOG.error("The hub refused a call of the daemon ({}); trying again in {} s", fault.display(),
                    config.sleeptime().toSeconds());
            wakeup.pause(config.sleeptime());
        } catch (RuntimeException e) {
            LOG.error("A round of the daemon failed; trying again in {} s", config.sleeptime().toSeconds(), e);
            wakeup.pause(config.sleeptime());
        }
    }

    /** kojid's {@code logoutChild} for ended tasks; kept for the next round while the hub is away. */
    private void endSubsessions() {
        subsessionsToEnd.addAll(running.takeEndedSubsessions());
        while (!subsessionsToEnd.isEmpty()) {
            long sessionId = subsessionsToEnd.get(0);
            try {
                host.call("logoutChild", sessionId);
            } catch (KojiFault fault) {
                LOG.debug("logoutChild({}) refused: {}", sessionId, fault.display());
            }
            subsessionsToEnd.remove(0);
        }
    }

    private void shutDown() throws InterruptedException {
        LOG.info("Stopping: no new tasks; {} running task(s) get {} s to finish", running.count(),
                config.shutdownGrace().toSeconds());
        HubCalls hub = new HubCalls();
        hub.attempt("report not ready", () -> heartbeat.beat(running.load(), running.count(), false));
        if (!running.awaitNone(config.shutdownGrace())) {
            List<Integer> stopped = running.stopHandlers("kojid is shutting down");
            if (!stopped.isEmpty()) {
                LOG.info("Freeing tasks {} for other hosts", stopped);
                hub.attempt("free running tasks", () -> host.call("host.freeTasks", stopped));
            }
            if (!running.awaitNone(WIND_DOWN)) {
                LOG.warn("Tasks {} did not stop within {} s", running.snapshot().stream().map(TaskRunner::taskId)
                        .toList(), WIND_DOWN.toSeconds());
            }
        }
        hub.attempt("deliver kept results", () -> delivery.deliverPending(host, running::contains));
        hub.attempt("sign off", heartbeat::signOff);
        hub.attempt("log out", host::logout);
        LOG.info("Stopped");
    }

    /** Best-effort calls of a stopping daemon: after the hub proved unreachable once, the rest are skipped. */
    private static final class HubCalls {
        private boolean unreachable;

        void attempt(String what, Runnable call) {
            if (unreachable) {
                LOG.warn("Skipped: {} (the hub is unreachable)", what);
                return;
            }
            try {
                call.run();
            } catch (TransportException e) {
                unreachable = true;
                LOG.warn("Could not {}: {}", what, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Could not {}: {}", what, e.toString());
            }
        }
    }
}
