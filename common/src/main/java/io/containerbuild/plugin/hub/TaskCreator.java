package io.containerbuild.plugin.hub;

/** The hub's task creation, with Koji's rules, for exports that start work on the builders. */
public interface TaskCreator {

    /**
     * Creates a FREE task owned by the caller in the same transaction as the call, and wakes the
     * builders of its channel once the call commits.
     *
     * @return the new task's id
     * @throws io.containerbuild.fault.KojiFault GenericError {@code "task must have an owner"} for an
     *     anonymous caller, {@code "No such channel: X"} for an unknown channel
     */
    int createTask(Caller owner, NewTask task);
}
