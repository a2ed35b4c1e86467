package io.containerbuild.hub.rpc;

import java.util.ArrayList;
import java.util.List;

/**
 * Work that may only happen once a call's writes are visible, such as waking builders for a new
 * task: done too early, a builder could look for the task before it exists. Actions registered
 * during a call run after its transaction commits, and are dropped if it rolls back.
 */
public final class AfterCommit {
    private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

    public void register(Runnable action) {
        List<Runnable> actions = pending.get();
        if (actions == null) {
            // outside a dispatched call (start-up, admin tools) there is no transaction to wait for
            action.run();
            return;
        }
        actions.add(action);
    }

    void begin() {
        pending.set(new ArrayList<>());
    }

    /** Ends the call; answers the actions to run if it committed. */
    List<Runnable> end() {
        List<Runnable> actions = pending.get();
        pending.remove();
        return actions == null ? List.of() : actions;
    }
}
