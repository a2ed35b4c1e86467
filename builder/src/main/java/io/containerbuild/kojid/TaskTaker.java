package io.containerbuild.kojid;

import io.containerbuild.plugin.builder.TaskHandler;
import io.containerbuild.task.TaskState;
import io.containerbuild.wire.KojiSession;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes assigned tasks the way kojid's {@code takeTask} does: {@code getTaskInfo(id, request=True)};
 * {@code host.refuseTask(id, soft=False, msg=...)} when no handler runs the method; {@code host.openTask(id)}
 * (nil: another host got it); {@code host.setTaskWeight(id, weight)}; {@code subsession()}; then the task runs
 * on a thread of its own.
 */
final class TaskTaker {
    private static final Logger LOG = LoggerFactory.getLogger(TaskTaker.class);

    private final HostSession host;
    private final TaskHandlers handlers;
    private final RunningTasks running;
    private final RunnerServices services;
    private final KojidConfig config;

    @Inject
    TaskTaker(HostSession host, TaskHandlers handlers, RunningTasks running, RunnerServices services,
              KojidConfig config) {
        this.host = host;
        this.handlers = handlers;
        this.running = running;
        this.services = services;
        this.config = config;
    }

    /** Takes tasks while slots are free and the daemon is willing; answers how many it started. */
    int take(List<AssignedTask> assigned, BooleanSupplier willing) {
        int started = 0;
        for (AssignedTask task : assigned) {
            if (!willing.getAsBoolean() || running.count() >= config.maxjobs()) {
                break;
            }
            if (task.state() != TaskState.ASSIGNED.code() || running.contains(task.id())) {
                continue;
            }
            if (takeOne(task.id())) {
                started++;
            }
        }
        return started;
    }

    private boolean takeOne(int taskId) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("request", true);
        if (!(host.call("getTaskInfo", List.of(taskId), keywords) instanceof Map<?, ?> info)) {
            LOG.warn("Task {} is assigned to this host but the hub has no record of it", taskId);
            return false;
        }
        String method = String.valueOf(info.get("method"));
        Optional<TaskHandler> handler = handlers.forMethod(method);
        if (handler.isEmpty()) {
            LOG.warn("Refusing task {}: no handler for {}", taskId, method);
            Map<String, Object> refusal = new LinkedHashMap<>();
            refusal.put("soft", false);
            refusal.put("msg", "no handler for method " + method);
            host.call("host.refuseTask", List.of(taskId), refusal);
            return false;
        }
        if (host.call("host.openTask", taskId) == null) {
            LOG.info("Task {} could not be opened; another host may have it", taskId);
            return false;
        }
        KojiSession subsession;
        try {
            host.call("host.setTaskWeight", taskId, handler.get().weight());
            subsession = host.subsession();
        } catch (RuntimeException e) {
            // opened but not started: give it back rather than leave it open until the next loop frees it
            freeQuietly(taskId);
            throw e;
        }
        // the decoded request may hold nulls (opts=None), which List.copyOf would refuse
        List<Object> request = info.get("request") instanceof List<?> params ? new ArrayList<>(params) : List.of();
        running.start(new TaskRunner(taskId, method, request, handler.get(), subsession, services));
        return true;
    }

    private void freeQuietly(int taskId) {
        try {
            host.call("host.freeTasks", List.of(taskId));
        } catch (RuntimeException e) {
            LOG.warn("Could not free task {}: {}", taskId, e.toString());
        }
    }
}
