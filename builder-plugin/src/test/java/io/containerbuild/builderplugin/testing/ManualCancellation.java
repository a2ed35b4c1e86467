package io.containerbuild.builderplugin.testing;

import io.containerbuild.plugin.builder.CancellationSignal;
import java.util.ArrayList;
import java.util.List;

/** A cancellation signal the test fires, as the daemon does when the hub cancels the task. */
public final class ManualCancellation implements CancellationSignal {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    @Override
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
        boolean runNow;
        synchronized (this) {
            runNow = cancelled;
            if (!runNow) {
                actions.add(action);
            }
        }
        if (runNow) {
            action.run();
        }
    }

    /** Cancels and runs the registered actions once. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }
}
