package io.containerbuild.osbs;

/** Where a build is. NEW and PENDING (waiting for an engine slot) have not started; the last three are final. */
public enum BuildState {
    NEW,
    PENDING,
    RUNNING,
    COMPLETE,
    FAILED,
    CANCELLED;

    public boolean isFinished() {
        return this == COMPLETE || this == FAILED || this == CANCELLED;
    }
}
