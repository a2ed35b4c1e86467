package io.containerbuild.hubplugin;

import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.plugin.hub.TaskCreator;
import io.containerbuild.task.TaskMethod;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code buildContainer(src, target, opts=None, priority=None, channel='container-binary')}: creates a
 * {@code buildContainer} task with the request {@code [src, target, opts]} and returns its id. The order
 * of the checks is the package's ({@link io.containerbuild.hubplugin}).
 */
public final class BuildContainerExport implements HubExport {

    private static final TaskMethod METHOD = TaskMethod.BUILD_CONTAINER;
    private static final Signature SIGNATURE = Signature.builder(METHOD.methodName())
            .required("src", "target")
            .optional("opts", null)
            .optional(TaskScheduling.PRIORITY, null)
            .optional(TaskScheduling.CHANNEL, METHOD.defaultChannel())
            .build();

    private final TaskCreator taskCreator;
    private final OptionsCheck optionsCheck = new OptionsCheck();

    @Inject
    public BuildContainerExport(TaskCreator taskCreator) {
        this.taskCreator = taskCreator;
    }

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public Object call(Caller caller, Arguments arguments) {
        // upstream's one check first, so its refusal does not depend on the rest of the call
        TaskScheduling scheduling = TaskScheduling.requested(METHOD, caller, arguments);
        String src = arguments.string("src");
        String target = arguments.string("target");
        Map<?, ?> opts = optionsCheck.containerBuild(arguments.raw("opts"));
        return taskCreator.createTask(caller, scheduling.newTask(Arrays.asList(src, target, opts)));
    }
}
