package io.containerbuild.builderplugin.dockerfile;

import java.util.Objects;
import java.util.Optional;

/**
 * What the Dockerfile's labels say the build will produce.
 *
 * @param component the {@code com.redhat.component} label: the Koji package the build belongs to
 * @param expectedNvr {@code <component>-<version>-<release>} when version and release are both
 *     known, else empty (the build system picks the release)
 */
public record ImageIdentity(String component, Optional<String> expectedNvr) {

    public ImageIdentity {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(expectedNvr, "expectedNvr");
    }
}
