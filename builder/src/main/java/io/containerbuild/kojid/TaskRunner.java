package io.containerbuild.kojid;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.plugin.builder.TaskHandler;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.SessionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one opened task on its own thread, as kojid's forked child does: a fresh work directory, the handler
 * with the request bound to its signature, the output files finished, the result kept in the spool and
 * reported through the task's subsession, the directories removed. A task cancelled on the hub (or given up
 * by a stopping daemon) while its handler runs reports nothing: the hub has already decided its fate.
 */
final class TaskRunner implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final int taskId;
    private final String method;
    private final List<Object> request;
    private final TaskHandler handler;
    private final KojiSession session;
    private final RunnerServices services;
    private final TaskCancellation cancellation;

    TaskRunner(int taskId, String method, List<Object> request, TaskHandler handler, KojiSession session,
               RunnerServices services) {
        this.taskId = taskId;
        this.method = method;
        this.request = Collections.unmodifiableList(new ArrayList<>(request));
        this.handler = handler;
        this.session = session;
        this.services = services;
        this.cancellation = new TaskCancellation(taskId);
    }

    int taskId() {
        return taskId;
    }

    double weight() {
        return handler.weight();
    }

    Optional<Long> subsessionId() {
        return session.sessionInfo().map(SessionInfo::sessionId);
    }

    TaskCancellation cancellation() {
        return cancellation;
    }

    @Override
    public void run() {
        Path workDir = services.directories.workDir(taskId);
        Path outputDir = services.directories.outputDir(taskId);
        TaskOutputs outputs = new TaskOutputs(taskId, outputDir, session);
        LOG.info("Task {} ({}) started", taskId, method);
        try {
            services.directories.remove(outputDir);
            Optional<TaskOutcome> outcome = runHandler(workDir, outputs);
            if (outcome.isEmpty()) {
                outputs.abandon();
                LOG.info("Task {} ({}) was stopped; nothing is reported for it", taskId, method);
                return;
            }
            outputs.finishAll();
            report(outcome.get());
        } finally {
            services.directories.remove(workDir);
            services.directories.remove(outputDir);
        }
    }

    /** The handler's outcome, or none when the task was cancelled while it ran. */
    private Optional<TaskOutcome> runHandler(Path workDir, TaskOutputs outputs) {
        cancellation.attach(Thread.currentThread());
        TaskOutcome outcome;
        Throwable failure = null;
        try {
            RunnerContext context = new RunnerContext(taskId, session, services.directories.fresh(workDir), outputs,
                    cancellation, services.daemonOptions);
            Object result = handler.handle(context, handler.signature().bind(request));
            outcome = TaskOutcome.closed(taskId, result, services.codec);
        } catch (Throwable thrown) {
            // whatever a plugin throws, Errors included, fails its task instead of leaving it open for ever
            failure = thrown;
            outcome = TaskOutcome.failed(taskId, thrown, services.codec);
        }
        if (cancellation.detach()) {
            return Optional.empty();
        }
        if (failure instanceof KojiFault fault) {
            LOG.info("Task {} ({}) failed: {}", taskId, method, fault.display());
        } else if (failure != null) {
            LOG.warn("Task {} ({}) failed", taskId, method, failure);
        } else if (outcome.kind() == TaskOutcome.Kind.FAIL) {
            LOG.warn("Task {} ({}) returned a result XML-RPC cannot carry; it fails", taskId, method);
        }
        return Optional.of(outcome);
    }

    private void report(TaskOutcome outcome) {
        try {
            services.spool.save(outcome);
        } catch (RuntimeException e) {
            LOG.error("Task {}: cannot keep its result on disk; it is lost if the hub does not take it now", taskId, e);
        }
        services.delivery.deliver(outcome, session::call);
    }
}
