package io.containerbuild.hub.host;

import io.containerbuild.hub.rpc.JsonText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a builder told the scheduler in {@code host.updateHost(..., data)}: the task methods it has
 * handlers for and how many tasks it runs at once. kojid sends {@code {methods: [...], maxjobs: N}};
 * a builder that sends nothing is offered every method.
 */
public record HostHints(Optional<Set<String>> methods, Optional<Integer> maxJobs) {

    public static HostHints none() {
        return new HostHints(Optional.empty(), Optional.empty());
    }

    /** Reads the stored JSON; members of another shape are treated as absent, not as errors. */
    public static HostHints fromJson(String json) {
        if (!(JsonText.toWire(json) instanceof Map<?, ?> data)) {
            return none();
        }
        Optional<Set<String>> methods = Optional.empty();
        if (data.get("methods") instanceof List<?> names) {
            Set<String> set = new TreeSet<>();
            names.stream().filter(String.class::isInstance).map(String.class::cast).forEach(set::add);
            methods = Optional.of(set);
        }
        Optional<Integer> maxJobs = data.get("maxjobs") instanceof Number number
                ? Optional.of(number.intValue()) : Optional.empty();
        return new HostHints(methods, maxJobs);
    }

    public boolean handles(String method) {
        return methods.map(names -> names.contains(method)).orElse(true);
    }
}
