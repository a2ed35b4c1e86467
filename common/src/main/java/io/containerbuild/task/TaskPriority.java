package io.containerbuild.task;

/**
 * Koji's task priorities: a lower number is more urgent. Callers pass an offset relative to
 * {@link #DEFAULT}; only admins may pass a negative one (the hub enforces that).
 */
public final class TaskPriority {
    /** Koji's {@code PRIO_DEFAULT}. */
    public static final int DEFAULT = 20;

    /** The offset the CLI sends for {@code --background}. */
    public static final int BACKGROUND_OFFSET = 5;

    private TaskPriority() {
    }

    /** The absolute priority for an offset, e.g. 5 → 25 and -1 → 19. */
    public static int fromOffset(int offset) {
        return DEFAULT + offset;
    }
}
