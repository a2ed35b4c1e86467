package io.containerbuild.plugin.builder;

/**
 * Tells a running handler that its task was cancelled on the hub. The daemon also interrupts the
 * handler's thread; handlers that wait on something else (an engine's build) register an action to
 * stop it.
 */
public interface CancellationSignal {

    boolean isCancelled();

    /** Runs the action once when the task is cancelled, at once if it already is. */
    void onCancel(Runnable action);
}
