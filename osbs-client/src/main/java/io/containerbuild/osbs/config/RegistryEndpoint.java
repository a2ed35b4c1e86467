package io.containerbuild.osbs.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The registry that builds push to.
 *
 * @param host {@code host[:port]} as it prefixes pull specs, e.g. {@code 127.0.0.1:5000}
 * @param insecure whether it speaks plain HTTP (the engine decides on its own for pushes; this is
 *     for the module's direct registry calls)
 * @param credentials the push account, or empty for an open registry
 */
public record RegistryEndpoint(String host, boolean insecure, Optional<RegistryCredentials> credentials) {

    public RegistryEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(credentials, "credentials");
    }
}
