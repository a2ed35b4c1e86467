package io.containerbuild.kojid;

import io.containerbuild.fault.ConfigurationError;
import io.containerbuild.plugin.builder.TaskHandler;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The enabled plugins' handlers by task method, the name each handler's signature gives. */
final class TaskHandlers {
    private final Map<String, TaskHandler> byMethod = new TreeMap<>();

    /**
     * @throws ConfigurationError when two handlers claim one method: which one ran would depend on the
     *                            plugins' order, so the daemon does not start
     */
    @Inject
    TaskHandlers(Set<TaskHandler> handlers) {
        for (TaskHandler handler : handlers) {
            String method = handler.signature().name();
            TaskHandler clash = byMethod.putIfAbsent(method, handler);
            if (clash != null) {
                throw new ConfigurationError("task method " + method + " is handled by both "
                        + clash.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
    }

    Optional<TaskHandler> forMethod(String method) {
        return Optional.ofNullable(byMethod.get(method));
    }

    /** The methods this host runs, sorted, as {@code host.updateHost} reports them. */
    List<String> methods() {
        return List.copyOf(byMethod.keySet());
    }
}
