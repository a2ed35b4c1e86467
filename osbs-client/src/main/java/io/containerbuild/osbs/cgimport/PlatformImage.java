package io.containerbuild.osbs.cgimport;

import io.containerbuild.osbs.engine.ImageFacts;
import io.containerbuild.osbs.engine.RpmPackage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One platform's image as the import describes it.
 *
 * @param platform the Koji arch
 * @param parentImageId the base image's ID, empty for {@code FROM scratch}
 * @param manifestDigest the digest the registry stored the image's manifest under
 * @param pullSpecs {@code registry/name:tag} for every tag pushed, then {@code registry/name@digest}
 * @param tags the tags pushed
 */
public record PlatformImage(String platform, ImageFacts facts, Optional<String> parentImageId, String manifestDigest,
                            List<String> pullSpecs, List<String> tags, List<RpmPackage> rpms, ArchiveFile file) {

    public PlatformImage {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(parentImageId, "parentImageId");
        Objects.requireNonNull(manifestDigest, "manifestDigest");
        pullSpecs = List.copyOf(pullSpecs);
        tags = List.copyOf(tags);
        rpms = List.copyOf(rpms);
        Objects.requireNonNull(file, "file");
    }
}
