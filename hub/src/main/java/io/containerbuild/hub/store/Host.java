package io.containerbuild.hub.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A build host ({@code getHost} fields). {@code arches} is space-separated as on the wire;
 * {@code updateTime} is null until the first heartbeat; description and comment may be null.
 */
public record Host(
        int id,
        int userId,
        String name,
        Instant updateTime,
        boolean ready,
        double taskLoad,
        String arches,
        double capacity,
        String description,
        String comment,
        boolean enabled) {

    /** The arches as a list, in their order. */
    public List<String> archList() {
        return Arrays.stream(arches.trim().split("\\s+")).filter(arch -> !arch.isEmpty()).toList();
    }
}
