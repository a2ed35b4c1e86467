package io.containerbuild.hub.store;

import io.containerbuild.task.TaskState;

/**
 * What {@code getTaskResult} needs: the state, and the stored methodResponse (CLOSED) or fault
 * (FAILED) document, null in the other states.
 */
public record TaskResult(TaskState state, String result) {}
