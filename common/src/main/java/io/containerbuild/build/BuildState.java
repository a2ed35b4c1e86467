package io.containerbuild.build;

import java.util.Arrays;

/** Koji's build states ({@code koji.BUILD_STATES}) with their wire codes. */
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

    public int code() {
        return code;
    }

    /**
     * Whether a new build may take this build's NVR. Only failed and canceled builds give theirs
     * up; a deleted build keeps its NVR reserved (koji-containerbuild's NVR uniqueness check).
     */
    public boolean releasesNvr() {
        return this == FAILED || this == CANCELED;
    }

    /** @throws IllegalArgumentException for a code Koji does not define */
    public static BuildState fromCode(int code) {
        return Arrays.stream(values())
                .filter(state -> state.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown build state code: " + code));
    }
}
