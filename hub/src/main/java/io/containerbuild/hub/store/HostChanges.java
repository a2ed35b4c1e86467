package io.containerbuild.hub.store;

/**
 * What {@code editHost} changes; a null component is left as it is.
 *
 * @param arches space-separated
 */
public record HostChanges(String arches, Double capacity, String description, String comment, Boolean enabled) {

    /** Nothing changed yet; the {@code with*} methods add to it. */
    public static HostChanges none() {
        return new HostChanges(null, null, null, null, null);
    }

    public HostChanges withArches(String newArches) {
        return new HostChanges(newArches, capacity, description, comment, enabled);
    }

    public HostChanges withCapacity(double newCapacity) {
        return new HostChanges(arches, newCapacity, description, comment, enabled);
    }

    public HostChanges withDescription(String newDescription) {
        return new HostChanges(arches, capacity, newDescription, comment, enabled);
    }

    public HostChanges withComment(String newComment) {
        return new HostChanges(arches, capacity, description, newComment, enabled);
    }

    public HostChanges withEnabled(boolean newEnabled) {
        return new HostChanges(arches, capacity, description, comment, newEnabled);
    }
}
