package io.containerbuild.plugin.builder;

import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;

/**
 * Runs one kind of task, like a Koji {@code BaseTaskHandler} subclass. The daemon binds the task's
 * stored request to {@link #signature()} (so {@code buildContainer(src, target, opts=None)} receives
 * its keyword arguments as Koji would), runs {@link #handle} in its own thread and work directory,
 * and closes the task with the returned value. A {@link io.containerbuild.fault.KojiFault} fails the
 * task with its code and message; any other exception fails it with code 1 and the exception's text.
 */
public interface TaskHandler {

    /** The task method this handler runs (its name) and the parameters of its request. */
    Signature signature();

    /** The load the task puts on its host, in Koji's units (a handler's {@code _taskWeight}). */
    double weight();

    /** Does the work; the result must be encodable as XML-RPC (nulls, maps, lists, strings, numbers). */
    Object handle(TaskContext context, Arguments arguments) throws Exception;
}
