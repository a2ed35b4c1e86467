package io.containerbuild.osbs;

import io.containerbuild.options.UserData;
import java.util.Objects;

/**
 * {@code create_source_container_build}'s parameters: the image build whose sources to package, by id
 * or NVR (at least one), and the component {@code <name>-source}.
 */
public record SourceBuildRequest(
        String user,
        String component,
        int kojiTaskId,
        String target,
        boolean scratch,
        Integer sourcesForKojiBuildId,
        String sourcesForKojiBuildNvr,
        String signingIntent,
        UserData userdata) {

    public SourceBuildRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(userdata, "userdata");
        if (sourcesForKojiBuildId == null && sourcesForKojiBuildNvr == null) {
            throw new IllegalArgumentException("a source build needs the image build's id or NVR");
        }
    }
}
