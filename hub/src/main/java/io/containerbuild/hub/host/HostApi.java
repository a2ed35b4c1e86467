package io.containerbuild.hub.host;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.rpc.AfterCommit;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HostRecords;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.rpc.JsonText;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Task;
import io.containerbuild.hub.store.TaskWithRequest;
import io.containerbuild.hub.task.TaskBell;
import io.containerbuild.hub.task.TaskDocuments;
import io.containerbuild.hub.task.TaskRecords;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Koji's host API for builders. Every call needs a host account in an exclusive session; the calls
 * that change a task need it OPEN on the calling host.
 *
 * <p>{@code host.getTasks} takes one extension, the keyword {@code wait_seconds}: with nothing to
 * hand out, the call waits up to that long (at most {@link SchedulerSettings#maxWait()}) for a task
 * instead of answering an empty list at once. kojid never sends it; a builder that does gets
 * ParameterError 1019 ("unexpected keyword argument") from an upstream hub and polls instead.
 */
public final class HostApi implements ExportGroup {
    private final Store store;
    private final CallingHost callingHost;
    private final TaskScheduler scheduler;
    private final TaskLongPoll longPoll;
    private final TaskDocuments documents;
    private final AfterCommit afterCommit;
    private final TaskBell bell;

    @Inject
    public HostApi(Store store, CallingHost callingHost, TaskScheduler scheduler, TaskLongPoll longPoll,
                   TaskDocuments documents, AfterCommit afterCommit, TaskBell bell) {
        this.store = store;
        this.callingHost = callingHost;
        this.scheduler = scheduler;
        this.longPoll = longPoll;
        this.documents = documents;
        this.afterCommit = afterCommit;
        this.bell = bell;
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("host.getID").build(),
                        (caller, args) -> callingHost.require(caller).id()),
                new Export(Signature.builder("host.getHost").build(),
                        (caller, args) -> HostRecords.toWire(callingHost.require(caller))),
                new Export(Signature.builder("host.updateHost").required("task_load", "ready").optional("data", null)
                        .build(), this::updateHost),
                Export.waiting(Signature.builder("host.getTasks").optional("wait_seconds", null).build(), this::getTasks),
                new Export(Signature.builder("host.openTask").required("task_id").build(), this::openTask),
                new Export(Signature.builder("host.setTaskWeight").required("task_id", "weight").build(),
                        this::setTaskWeight),
                new Export(Signature.builder("host.closeTask").required("task_id", "response").build(),
                        this::closeTask),
                new Export(Signature.builder("host.failTask").required("task_id", "response").build(),
                        this::failTask),
                new Export(Signature.builder("host.freeTasks").required("tasks").build(), this::freeTasks),
                new Export(Signature.builder("host.refuseTask").required("task_id").optional("soft", true)
                        .optional("msg", "").build(), this::refuseTask),
                new Export(Signature.builder("host.getHostTasks").build(), this::getHostTasks));
    }

    private Object updateHost(HubCaller caller, Arguments args) {
        Host host = callingHost.require(caller);
        Object data = args.raw("data");
        if (data != null && !(data instanceof Map<?, ?>)) {
            throw new ParameterError("host.updateHost(): data must be a dict, not " + data);
        }
        store.hosts().heartbeat(host.id(), number(args, "task_load"), args.bool("ready"),
                JsonText.fromWire("data", data));
        return null;
    }

    private Object getTasks(HubCaller caller, Arguments args) {
        Host host = callingHost.require(caller);
        Object waitSeconds = args.raw("wait_seconds");
        List<Task> tasks;
        if (waitSeconds == null) {
            tasks = scheduler.tasksFor(host);
        } else {
            double seconds = number(args, "wait_seconds");
            tasks = longPoll.await(() -> scheduler.tasksFor(store.hosts().get(host.id()).orElse(host)),
                    Duration.ofMillis((long) (Math.max(0, seconds) * 1000)));
        }
        return tasks.stream().map(TaskRecords::queued).toList();
    }

    private Object openTask(HubCaller caller, Arguments args) {
        Host host = callingHost.require(caller);
        int taskId = args.integer("task_id");
        Optional<TaskWithRequest> opened = store.tasks().open(taskId, host.id());
        if (opened.isEmpty()) {
            if (store.tasks().get(taskId).isEmpty()) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "No such task: " + taskId);
            }
            // another host got there first, or the task is no longer waiting: kojid moves on
            return null;
        }
        // unlike getTaskInfo, the request goes out as the stored XML text, as Koji sends it
        return TaskRecords.withRequest(opened.get().task(), opened.get().request());
    }

    private Object setTaskWeight(HubCaller caller, Arguments args) {
        Host host = callingHost.require(caller);
        int taskId = args.integer("task_id");
        callingHost.requireOwnOpenTask(host, taskId);
        double weight = number(args, "weight");
        if (!Double.isFinite(weight) || weight < 0) {
            throw new ParameterError("host.setTaskWeight(): weight must be a non-negative number, not " + weight);
        }
        if (!store.tasks().setWeight(taskId, host.id(), weight)) {
            throw CallingHost.notOwner(host, taskId);
        }
        return null;
    }

    private Object closeTask(HubCaller caller, Arguments args) {
        Host host = callingHost.require(caller);
        int taskId = args.integer("task_id");
        callingHost.requireOwnOpenTask(host, taskId);
        String response = args.string("response");
        documents.requireResponse("host.closeTask", response);
        finished(host, taskId, store.tasks().close(taskId, host.id(), response));
        return null;
    }

    private Object failTask(HubCaller caller, Arguments args) {
        Host host = callingHost.require(caller);
        int taskId = args.integer("task_id");
        callingHost.requireOwnOpenTask(host, taskId);
        String response = args.string("response");
        documents.requireFault("host.failTask", response);
        finished(host, taskId, store.tasks().fail(taskId, host.id(), response));
        return null;
    }

    /** A finished task gives its weight back to the host, which may now take another. */
    private void finished(Host host, int taskId, boolean changed) {
        if (!changed) {
            // canceled or freed between the check and the update
            throw CallingHost.notOwner(host, taskId);
        }
        afterCommit.register(bell::ring);
    }

    private Object freeTasks(HubCaller caller, Arguments args) {
        Host host = callingHost.require(caller);
        List<Integer> taskIds = new ArrayList<>();
        for (Object id : args.list("tasks")) {
            taskIds.add(taskId(id));
        }
        // tasks this host no longer holds are passed over, as Koji does: they may have been freed since
        if (!store.tasks().freeOwn(host.id(), taskIds).isEmpty()) {
            afterCommit.register(bell::ring);
        }
        return null;
    }

    private Object refuseTask(HubCaller caller, Arguments args) {
        Host host = callingHost.require(caller);
        int taskId = args.integer("task_id");
        Task task = store.tasks().get(taskId)
                .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "No such task: " + taskId));
        if (!Objects.equals(task.hostId(), host.id())) {
            // Koji only logs a refusal of a task the host does not hold
            return null;
        }
        Object msg = args.raw("msg");
        if (store.tasks().refuse(taskId, host.id(), args.bool("soft"), msg == null ? null : msg.toString())) {
            afterCommit.register(bell::ring);
        }
        return null;
    }

    private Object getHostTasks(HubCaller caller, Arguments args) {
        Host host = callingHost.require(caller);
        List<Object> tasks = new ArrayList<>();
        for (Task task : store.tasks().openOn(host.id())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", task.id());
            entry.put("waiting", task.waiting());
            entry.put("weight", task.weight());
            if (Boolean.TRUE.equals(task.waiting()) && awaitedChildFinished(task.id())) {
                entry.put("alert", true);
            }
            tasks.add(entry);
        }
        return tasks;
    }

    private boolean awaitedChildFinished(int parentId) {
        return store.tasks().children(parentId).stream()
                .anyMatch(child -> Boolean.TRUE.equals(child.awaited()) && child.state().isFinished());
    }

    private static double number(Arguments args, String name) {
        Object value = args.raw(name);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new ParameterError("argument '" + name + "' must be a number, not " + value);
    }

    private static int taskId(Object value) {
        if (value instanceof Integer id) {
            return id;
        }
        if (value instanceof Long id && id == id.intValue()) {
            return id.intValue();
        }
        throw new ParameterError("host.freeTasks(): task ids must be ints, not " + value);
    }
}
