package io.containerbuild.osbs.koji;

import io.containerbuild.build.BuildState;
import io.containerbuild.build.Nvr;
import java.util.Objects;
import java.util.Optional;

/**
 * A Koji build as {@code getBuild} describes it, the parts this module reads.
 *
 * @param source the {@code source} field, {@code <git url>#<commit>} for container builds
 * @param image whether it is a container image build ({@code extra.image} is set)
 * @param sourcesFor the NVR it holds the sources of, when it is itself a source-container build
 */
public record KojiBuild(int id, Nvr nvr, BuildState state, Optional<String> source, boolean image,
                        Optional<String> sourcesFor) {

    public KojiBuild {
        Objects.requireNonNull(nvr, "nvr");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourcesFor, "sourcesFor");
    }
}
