package io.containerbuild.plugin.client;

import io.containerbuild.wire.KojiSession;
import java.util.List;

/** What the client gives a plugin command: the chosen profile, its hub session, the task watcher. */
public interface ClientContext {

    ClientProfile profile();

    /** The hub session, anonymous until {@link #activateSession()}. */
    KojiSession session();

    /** Logs in as the profile says (Koji's {@code activate_session}) and checks the hub's API version. */
    void activateSession();

    /**
     * Watches tasks until they finish, printing Koji's state lines unless quiet (Koji's {@code watch_tasks}).
     *
     * @return 0 if every task closed, 1 otherwise
     */
    int watchTasks(List<Integer> taskIds, boolean quiet);
}
