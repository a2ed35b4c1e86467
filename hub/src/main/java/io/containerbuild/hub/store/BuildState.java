package io.containerbuild.hub.store;

/** Koji's BUILD_STATES (the store's copy until the shared model in common carries them). */
public enum BuildState {
    BUILDING(0),
    COMPLETE(1),
    DELETED(2),
    FAILED(3),
    CANCELED(4);

    private final int code;

    BuildState(int code) {
        this.code = code;
    }

    /** The integer Koji stores and sends on the wire. */
    public int code() {
        return code;
    }

    /** Whether a new build may take over this build's NVR: only FAILED and CANCELED ones give it up. */
    public boolean releasesNvr() {
        return this == FAILED || this == CANCELED;
    }

    /** @throws IllegalArgumentException for a code Koji does not define */
    public static BuildState fromCode(int code) {
        for (BuildState value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown BuildState code: " + code);
    }
}
