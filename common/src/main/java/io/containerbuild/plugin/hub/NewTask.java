package io.containerbuild.plugin.hub;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A top-level task to create, with Koji's {@code make_task} options.
 *
 * @param method the task method, which names the builder's handler
 * @param arguments the stored request, exactly as the handler will receive it (nulls allowed)
 * @param channel the requested channel; empty leaves it to the hub's default channel
 * @param priority absolute priority, lower runs first; Koji's default is 20
 * @param arch the task's arch; Koji's default is {@code noarch}
 */
public record NewTask(String method, List<Object> arguments, Optional<String> channel, int priority, String arch) {

    public NewTask {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(arch, "arch");
        // List.copyOf refuses nulls, and Koji requests routinely carry None
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }
}
