package io.containerbuild.plugin.client;

import io.containerbuild.wire.KojiSession;
import java.io.PrintStream;
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

    /**
     * Like {@link #watchTasks(List, boolean)}, and after every poll prints what the tasks appended to the named
     * output file (e.g. {@code osbs-build.log}), read with {@code downloadTaskOutput} from where the last poll stopped.
     */
    int watchTasksFollowingLog(List<Integer> taskIds, boolean quiet, String logName);

    /** Where a command prints its results: the client's standard output. */
    PrintStream out();

    /** Where a command prints warnings: the client's standard error. */
    PrintStream err();

    /**
     * Koji's {@code _running_in_bg()}: true unless the client runs interactively in the foreground of a terminal.
     * Commands that wait by default only wait when this is false.
     */
    boolean runningInBackground();
}
