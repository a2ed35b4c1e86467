package io.containerbuild.hub.host;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.Session;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Task;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserType;
import io.containerbuild.task.TaskState;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The host behind a {@code host.*} call, and Koji's rule for the calls that change a task: only
 * the host running it, while it is OPEN.
 */
public final class CallingHost {
    private final Store store;

    @Inject
    public CallingHost(Store store) {
        this.store = store;
    }

    /**
     * The caller's host: a host account in an exclusive session, or in a subsession of one. kojid
     * runs each task in a forked child on a subsession of its exclusive session, and the child
     * closes the task; Koji counts such a subsession as exclusive since its master holds the lock.
     */
    public Host require(HubCaller caller) {
        User account = caller.requireLogin();
        if (account.usertype() != UserType.HOST) {
            throw new AuthError("User " + account.id() + " is not a host");
        }
        Session session = caller.session().orElseThrow(() -> new AuthError("Not logged in"));
        boolean exclusive = session.exclusive() || (session.master() != null
                && store.sessions().get(session.master()).filter(Session::active).map(Session::exclusive)
                        .orElse(false));
        if (!exclusive) {
            throw new AuthError("This method requires an exclusive session");
        }
        return store.hosts().getByUserId(account.id())
                .orElseThrow(() -> new AuthError("User " + account.id() + " is not a host"));
    }

    /** Koji's {@code Task.assertHost}: the task is OPEN on this host. */
    public Task requireOwnOpenTask(Host host, int taskId) {
        Task task = store.tasks().get(taskId)
                .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "No such task: " + taskId));
        if (task.state() != TaskState.OPEN || !Objects.equals(task.hostId(), host.id())) {
            throw notOwner(host, taskId);
        }
        return task;
    }

    public static ActionNotAllowed notOwner(Host host, int taskId) {
        return new ActionNotAllowed("host " + host.id() + " does not own task " + taskId);
    }
}
