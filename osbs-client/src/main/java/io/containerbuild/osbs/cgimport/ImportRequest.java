package io.containerbuild.osbs.cgimport;

import io.containerbuild.build.Nvr;
import io.containerbuild.options.UserData;
import io.containerbuild.osbs.naming.BuildKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything a content-generator import says about a build.
 *
 * @param source {@code <git url>#<commit>}
 * @param owner the Koji task owner
 * @param submitter the content generator's account
 * @param reservedBuildId the {@code CGInitBuild} build id
 * @param parentImages the base images as the Dockerfile names them
 * @param sourcesFor for source containers, the NVR whose sources they hold
 * @param engineVersion the Docker engine's version, as the buildroot's tool
 * @param index the manifest list the tags point at, when the build has several platforms
 */
public record ImportRequest(Nvr nvr, BuildKind kind, String buildName, String source, String owner, String submitter,
                            String contentGenerator, OptionalInt reservedBuildId, int kojiTaskId, Instant start,
                            Instant end, UserData userdata, List<String> parentImages, Optional<String> sourcesFor,
                            String engineVersion, List<PlatformImage> images, Optional<ImageIndex> index) {

    public ImportRequest {
        Objects.requireNonNull(nvr, "nvr");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(buildName, "buildName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(contentGenerator, "contentGenerator");
        Objects.requireNonNull(reservedBuildId, "reservedBuildId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(userdata, "userdata");
        parentImages = List.copyOf(parentImages);
        Objects.requireNonNull(sourcesFor, "sourcesFor");
        Objects.requireNonNull(engineVersion, "engineVersion");
        images = List.copyOf(images);
        Objects.requireNonNull(index, "index");
    }
}
