package io.containerbuild.builderplugin.osbs;

import io.containerbuild.osbs.Osbs;
import java.time.Duration;
import java.util.Objects;

/**
 * An OSBS client for one osbs.conf instance section, with the section's settings the handlers pass on
 * or act on.
 *
 * @param section the section it was made from
 * @param osbs the client
 * @param defaultBuildtimeLimit {@code default_buildtime_limit}, upstream's default 10800 s
 * @param maxBuildtimeLimit {@code max_buildtime_limit}, upstream's default 21600 s
 * @param verbose {@code [general] verbose}: DEBUG lines go to {@code osbs-client.log} too
 * @param flatpakSupported whether the client can build Flatpaks; upstream refuses Flatpak builds
 *     with an osbs-client that cannot
 */
public record OsbsInstance(OsbsSection section, Osbs osbs, Duration defaultBuildtimeLimit,
        Duration maxBuildtimeLimit, boolean verbose, boolean flatpakSupported) {

    public static final Duration DEFAULT_BUILDTIME_LIMIT = Duration.ofSeconds(10800);
    public static final Duration MAX_BUILDTIME_LIMIT = Duration.ofSeconds(21600);

    public OsbsInstance {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(osbs, "osbs");
        Objects.requireNonNull(defaultBuildtimeLimit, "defaultBuildtimeLimit");
        Objects.requireNonNull(maxBuildtimeLimit, "maxBuildtimeLimit");
    }
}
