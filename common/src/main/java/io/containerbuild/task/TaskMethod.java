package io.containerbuild.task;

import java.util.Arrays;
import java.util.Optional;

/**
 * The task methods koji-containerbuild adds, with the channel the hub uses when the caller names
 * none and the weight the builder reports to the scheduler.
 */
public enum TaskMethod {
    BUILD_CONTAINER("buildContainer", "container-binary"),
    BUILD_SOURCE_CONTAINER("buildSourceContainer", "container-source");

    /** Same weight as Koji's own {@code build} task; both container methods use it. */
    public static final double CONTAINER_TASK_WEIGHT = 2.0;

    private final String methodName;
    private final String defaultChannel;

    TaskMethod(String methodName, String defaultChannel) {
        this.methodName = methodName;
        this.defaultChannel = defaultChannel;
    }

    /** The name of the hub's XML-RPC method and of the task's {@code method} field. */
    public String methodName() {
        return methodName;
    }

    public String defaultChannel() {
        return defaultChannel;
    }

    public double weight() {
        return CONTAINER_TASK_WEIGHT;
    }

    public static Optional<TaskMethod> fromMethodName(String methodName) {
        return Arrays.stream(values()).filter(method -> method.methodName.equals(methodName)).findFirst();
    }
}
