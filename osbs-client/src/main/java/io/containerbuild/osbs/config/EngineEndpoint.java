package io.containerbuild.osbs.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One Docker engine that builds images for one platform.
 *
 * @param name the {@code [engine:NAME]} section's name, unique in the file
 * @param platform the Koji arch it builds, e.g. {@code x86_64}
 * @param dockerHost {@code unix:///path} or {@code tcp://host:port}
 * @param tlsCertDir the directory with {@code ca.pem}, {@code cert.pem} and {@code key.pem} for a TLS engine
 * @param slots how many builds it runs at once
 */
public record EngineEndpoint(String name, String platform, URI dockerHost, Optional<Path> tlsCertDir, int slots) {

    public EngineEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(dockerHost, "dockerHost");
        Objects.requireNonNull(tlsCertDir, "tlsCertDir");
        if (slots < 1) {
            throw new IllegalArgumentException("an engine needs at least one slot");
        }
    }
}
