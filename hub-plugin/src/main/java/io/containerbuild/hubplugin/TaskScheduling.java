package io.containerbuild.hubplugin;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.NewTask;
import io.containerbuild.task.TaskMethod;
import io.containerbuild.task.TaskPriority;
import io.containerbuild.wire.Arguments;
import java.util.List;
import java.util.Optional;

/**
 * How the caller asked for a container task to be scheduled: the {@code priority} and {@code channel}
 * arguments both exports take, read with upstream's rules. Python truthiness decides what counts as
 * given: a priority of 0 is no priority, a channel of {@code ""} is no channel.
 *
 * @param method the task method
 * @param priority the absolute priority: {@link TaskPriority#DEFAULT} plus the caller's offset
 * @param channel the requested channel; empty leaves the choice to the hub
 */
record TaskScheduling(TaskMethod method, int priority, Optional<String> channel) {

    static final String PRIORITY = "priority";
    static final String CHANNEL = "channel";

    /** Upstream's exact text; clients match on it. */
    static final String HIGH_PRIORITY_REFUSED = "only admins may create high-priority tasks";

    /** Container tasks run wherever their channel's hosts are; upstream leaves Koji's default. */
    private static final String ARCH = "noarch";

    private static final String ADMIN = "admin";

    /**
     * Reads the priority, applies upstream's one permission rule (a negative offset needs {@code admin}),
     * then reads the channel.
     *
     * @throws ParameterError if the priority is not an int or None, or the channel not a string or None
     * @throws ActionNotAllowed for a negative priority from a caller without {@code admin}
     */
    static TaskScheduling requested(TaskMethod method, Caller caller, Arguments arguments) {
        Optional<Integer> offset = arguments.optionalInteger(PRIORITY).filter(value -> value != 0);
        if (offset.isPresent() && offset.get() < 0 && !caller.hasPerm(ADMIN)) {
            throw new ActionNotAllowed(HIGH_PRIORITY_REFUSED);
        }
        int priority = offset.map(value -> absolute(method, value)).orElse(TaskPriority.DEFAULT);
        Optional<String> channel = arguments.optionalString(CHANNEL).filter(name -> !name.isEmpty());
        return new TaskScheduling(method, priority, channel);
    }

    /** The task to create for {@code request}, the task's argument list as the builder will receive it. */
    NewTask newTask(List<Object> request) {
        return new NewTask(method.methodName(), request, channel, priority, ARCH);
    }

    // Python's ints do not wrap; ours would, and a huge offset would turn into the most urgent priority
    private static int absolute(TaskMethod method, int offset) {
        long priority = (long) TaskPriority.DEFAULT + offset;
        if (priority > Integer.MAX_VALUE) {
            throw new ParameterError(
                    method.methodName() + "(): argument '" + PRIORITY + "' is out of range: " + offset);
        }
        return (int) priority;
    }
}
