package io.containerbuild.hub.task;

import io.containerbuild.build.BuildState;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.rpc.AfterCommit;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.Build;
import io.containerbuild.hub.store.BuildQuery;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Task;
import io.containerbuild.hub.store.UserType;
import io.containerbuild.task.TaskState;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * Koji's {@code cancelTask}: the task's owner, the host running it, or an admin may cancel it;
 * its unfinished descendants go with it when asked, and so do builds still BUILDING for any task
 * canceled. Builders notice at their next {@code host.getHostTasks} that the task is no longer open.
 */
public final class TaskCancellation {
    private final Store store;
    private final AfterCommit afterCommit;
    private final TaskBell bell;

    @Inject
    public TaskCancellation(Store store, AfterCommit afterCommit, TaskBell bell) {
        this.store = store;
        this.afterCommit = afterCommit;
        this.bell = bell;
    }

    public void cancel(HubCaller caller, int taskId, boolean recurse) {
        Task task = store.tasks().get(taskId)
                .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "No such task: " + taskId));
        if (!ownedByCaller(caller, task) && !runningOnCaller(caller, task)) {
            caller.assertPerm("admin");
        }
        List<Integer> canceled = store.tasks().cancel(taskId, recurse);
        canceled.forEach(this::cancelBuildsOf);
        if (!canceled.isEmpty()) {
            // a canceled open task gives its host's capacity back
            afterCommit.register(bell::ring);
        }
    }

    private static boolean ownedByCaller(HubCaller caller, Task task) {
        return caller.account().map(user -> user.id() == task.owner()).orElse(false);
    }

    private boolean runningOnCaller(HubCaller caller, Task task) {
        if (task.state() != TaskState.OPEN || task.hostId() == null) {
            return false;
        }
        return caller.account()
                .filter(user -> user.usertype() == UserType.HOST)
                .flatMap(user -> store.hosts().getByUserId(user.id()))
                .map(Host::id)
                .map(hostId -> Objects.equals(hostId, task.hostId()))
                .orElse(false);
    }

    private void cancelBuildsOf(int taskId) {
        for (Build build : store.builds().list(BuildQuery.all().withTask(taskId).withState(BuildState.BUILDING))) {
            store.builds().finish(build.id(), BuildState.CANCELED, null, null);
        }
    }
}
