package io.containerbuild.kojid;

import io.containerbuild.plugin.builder.TaskContext;
import io.containerbuild.plugin.builder.TaskHandler;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;

/** A task handler whose work the test writes as a lambda. */
final class ScriptedHandler implements TaskHandler {

    /** The handler's work. */
    @FunctionalInterface
    interface Work {
        Object run(TaskContext context, Arguments arguments) throws Exception;
    }

    private final Signature signature;
    private final double weight;
    private final Work work;

    ScriptedHandler(Signature signature, double weight, Work work) {
        this.signature = signature;
        this.weight = weight;
        this.work = work;
    }

    /** A handler for {@code method(value)}. */
    static ScriptedHandler of(String method, Work work) {
        return new ScriptedHandler(Signature.builder(method).required("value").build(), 2.0, work);
    }

    @Override
    public Signature signature() {
        return signature;
    }

    @Override
    public double weight() {
        return weight;
    }

    @Override
    public Object handle(TaskContext context, Arguments arguments) throws Exception {
        return work.run(context, arguments);
    }
}
