package io.containerbuild.osbs.engine;

import java.util.List;
import java.util.Objects;

/**
 * What the engine knows of a built image.
 *
 * @param id the image ID, the digest of its config ({@code sha256:…})
 * @param configJson the image config as the engine stores it, for Koji's {@code extra.docker.config}
 * @param layers bottom to top
 * @param hasRpm whether the image holds an {@code rpm} binary, so that its packages can be listed
 */
public record ImageFacts(String id, String architecture, String os, String configJson,
                         List<ImageLayer> layers, boolean hasRpm) {

    public ImageFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(configJson, "configJson");
        layers = List.copyOf(layers);
    }
}
