package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.engine.ContainerEngine;
import io.containerbuild.osbs.engine.ImageFacts;
import io.containerbuild.osbs.engine.RpmPackage;
import java.util.List;
import java.util.Optional;

/**
 * One platform's image, built.
 *
 * @param engine the engine that holds the image, to tag and push it from
 * @param platformTag the {@code <unique>-<platform>} tag it was pushed under, in builds of several platforms
 * @param platformDigest that push's digest
 */
record PlatformOutcome(String platform, ContainerEngine engine, String engineVersion, String imageId, ImageFacts facts,
                       Optional<String> parentId, List<RpmPackage> rpms, Optional<String> platformTag,
                       Optional<String> platformDigest) {

    PlatformOutcome {
        rpms = List.copyOf(rpms);
    }
}
