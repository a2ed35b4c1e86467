package io.containerbuild.kojid;

import io.containerbuild.task.TaskState;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.XmlRpcKojiSession;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices within {@code cancel_check_interval} that a running task is no longer this host's to run (cancelled,
 * freed, reassigned or finished elsewhere) and stops its handler. kojid itself only notices at its next loop
 * through {@code host.getHostTasks}, up to {@code sleeptime} later; this asks {@code getTaskInfo} of each
 * running task on an anonymous session of its own, so it neither waits behind the host session's long poll nor
 * uses up its call numbers. Real hubs answer {@code getTaskInfo} anonymously.
 */
final class CancellationWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(CancellationWatcher.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

    private final KojidConfig config;
    private final RunningTasks running;
    private final HostSession host;
    private ScheduledExecutorService executor;
    private KojiSession reader;

    @Inject
    CancellationWatcher(KojidConfig config, RunningTasks running, HostSession host) {
        this.config = config;
        this.running = running;
        this.host = host;
    }

    synchronized void start() {
        if (executor != null) {
            return;
        }
        reader = XmlRpcKojiSession.open(ClientOptions.of(config.server()).withTimeouts(CONNECT_TIMEOUT, REPLY_TIMEOUT));
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cancellation-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.cancelCheckInterval().toMillis();
        executor.scheduleWithFixedDelay(this::checkAll, interval, interval, TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    private void checkAll() {
        for (TaskRunner runner : running.snapshot()) {
            if (!runner.cancellation().handlerRunning()) {
                continue;
            }
            try {
                reasonToStop(reader.call("getTaskInfo", runner.taskId()), host.hostId())
                        .ifPresent(reason -> runner.cancellation().cancelIfRunning(reason));
            } catch (RuntimeException e) {
                // the host loop reports an unreachable hub; a missed check is made again shortly
                LOG.debug("Could not check task {} for cancellation: {}", runner.taskId(), e.toString());
            }
        }
    }

    /** Why a task whose handler runs here must stop, judging by its record on the hub; none while it is ours. */
    static Optional<String> reasonToStop(Object taskInfo, int hostId) {
        if (!(taskInfo instanceof Map<?, ?> task) || !(task.get("state") instanceof Integer code)) {
            // no usable record: acting on it could stop a healthy task
            return Optional.empty();
        }
        TaskState state;
        try {
            state = TaskState.fromCode(code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (state == TaskState.CANCELED) {
            return Optional.of("the task was cancelled");
        }
        if (state != TaskState.OPEN) {
            return Optional.of("the task is " + state + " on the hub");
        }
        if (task.get("host_id") instanceof Number owner && hostId >= 0 && owner.intValue() != hostId) {
            return Optional.of("the task was given to host " + owner);
        }
        return Optional.empty();
    }
}
