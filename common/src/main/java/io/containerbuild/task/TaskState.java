package io.containerbuild.task;

import java.util.Arrays;

/**
 * Koji's task states ({@code koji.TASK_STATES}) with the integer codes that travel on the wire.
 */
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

    public int code() {
        return code;
    }

    /** A finished task never changes state again: it succeeded, failed or was canceled. */
    public boolean isFinished() {
        return this == CLOSED || this == CANCELED || this == FAILED;
    }

    /** @throws IllegalArgumentException for a code Koji does not define */
    public static TaskState fromCode(int code) {
        return Arrays.stream(values())
                .filter(state -> state.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown task state code: " + code));
    }
}
