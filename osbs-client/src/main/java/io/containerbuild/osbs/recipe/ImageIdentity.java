package io.containerbuild.osbs.recipe;

import java.util.Objects;
import java.util.Optional;

/**
 * What the Dockerfile's labels say the image is.
 *
 * @param component the Koji package name ({@code com.redhat.component})
 * @param name the repository name in the registry ({@code name}), e.g. {@code rhel8/rsync}
 * @param version the {@code version} label
 * @param release the {@code release} label, when the Dockerfile sets one
 */
public record ImageIdentity(String component, String name, String version, Optional<String> release) {

    public ImageIdentity {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(release, "release");
    }
}
