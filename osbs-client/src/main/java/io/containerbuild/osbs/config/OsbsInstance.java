package io.containerbuild.osbs.config;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One instance section of {@code osbs.conf} ({@code default_binary}, {@code default_source}): where
 * its builds run, where they are pushed, where they are imported, and their limits.
 *
 * @param koji empty when the instance does scratch builds only
 */
public record OsbsInstance(
        String name,
        List<EngineEndpoint> engines,
        RegistryEndpoint registry,
        Optional<KojiAccount> koji,
        Duration defaultBuildtimeLimit,
        Duration maxBuildtimeLimit,
        boolean cleanupUsedResources) {

    public static final Duration DEFAULT_BUILDTIME_LIMIT = Duration.ofSeconds(10800);
    public static final Duration MAX_BUILDTIME_LIMIT = Duration.ofSeconds(21600);

    public OsbsInstance {
        Objects.requireNonNull(name, "name");
        engines = List.copyOf(engines);
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(koji, "koji");
        Objects.requireNonNull(defaultBuildtimeLimit, "defaultBuildtimeLimit");
        Objects.requireNonNull(maxBuildtimeLimit, "maxBuildtimeLimit");
    }

    /** The platforms some engine of this instance builds, in configuration order. */
    public Set<String> platforms() {
        Set<String> platforms = new LinkedHashSet<>();
        engines.forEach(engine -> platforms.add(engine.platform()));
        return platforms;
    }

    public List<EngineEndpoint> enginesFor(String platform) {
        return engines.stream().filter(engine -> engine.platform().equals(platform)).toList();
    }
}
