package io.containerbuild.plugin.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of the active {@code koji} profile that commands need.
 *
 * @param name the profile (the config section), e.g. {@code koji}
 * @param server the hub's XML-RPC URL
 * @param weburl the web UI's base URL, for {@code Task info:} and {@code buildinfo} links
 * @param topurl the file server's base URL, for log links
 * @param quiet the {@code -q} global option
 * @param pollInterval how often task watching polls the hub
 */
public record ClientProfile(String name, URI server, String weburl, String topurl, boolean quiet, Duration pollInterval) {

    public ClientProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(pollInterval, "pollInterval");
    }
}
