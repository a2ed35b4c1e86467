package io.containerbuild.hub.store;

import java.util.Objects;

/**
 * A task to create. {@link #of} applies Koji's defaults for a top-level task: arch {@code noarch},
 * priority 20, no parent. Channel resolution, ownership and priority policy are the hub's; the
 * store takes their results. {@code assignHost} non-null creates the task ASSIGNED to that host.
 *
 * @param request the complete XML-RPC methodCall document of the arguments
 */
public record NewTask(
        String method,
        String request,
        int owner,
        int channelId,
        String arch,
        int priority,
        Integer parent,
        String label,
        Integer assignHost) {

    /** Koji's {@code PRIO_DEFAULT}. */
    public static final int DEFAULT_PRIORITY = 20;
    public static final String DEFAULT_ARCH = "noarch";

    public NewTask {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(arch, "arch");
        if (label != null && parent == null) {
            throw new IllegalArgumentException("only subtasks have labels");
        }
    }

    public static NewTask of(String method, String request, int owner, int channelId) {
        return new NewTask(method, request, owner, channelId, DEFAULT_ARCH, DEFAULT_PRIORITY, null, null, null);
    }

    public NewTask withArch(String newArch) {
        return new NewTask(method, request, owner, channelId, newArch, priority, parent, label, assignHost);
    }

    public NewTask withPriority(int newPriority) {
        return new NewTask(method, request, owner, channelId, arch, newPriority, parent, label, assignHost);
    }

    /** A subtask; label may be null. */
    public NewTask withParent(int newParent, String newLabel) {
        return new NewTask(method, request, owner, channelId, arch, priority, newParent, newLabel, assignHost);
    }

    public NewTask assignedTo(int hostId) {
        return new NewTask(method, request, owner, channelId, arch, priority, parent, label, hostId);
    }
}
