package io.containerbuild.hub.store;

/** Koji's TASK_STATES (the store's copy until the shared model in common carries them). */
public enum TaskState {
    FREE(0),
    OPEN(1),
    CLOSED(2),
    CANCELED(3),
    ASSIGNED(4),
    FAILED(5);

    private final int code;

    TaskState(int code) {
        this.code = code;
    }

    /** The integer Koji stores and sends on the wire. */
    public int code() {
        return code;
    }

    /** A finished task never changes state again: CLOSED, CANCELED or FAILED. */
    public boolean isFinished() {
        return this == CLOSED || this == CANCELED || this == FAILED;
    }

    /** @throws IllegalArgumentException for a code Koji does not define */
    public static TaskState fromCode(int code) {
        for (TaskState value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown TaskState code: " + code);
    }
}
