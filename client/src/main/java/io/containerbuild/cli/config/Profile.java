package io.containerbuild.cli.config;

import io.containerbuild.plugin.client.ClientProfile;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The active profile: its section of the configuration files with the global command-line options laid over it,
 * read once per run.
 *
 * @param name         the profile, i.e. the config section ({@code -p}, default {@code koji})
 * @param server       the hub's XML-RPC URL ({@code server}, {@code -s})
 * @param weburl       the web UI, for {@code taskinfo} and {@code buildinfo} links ({@code weburl}, {@code --weburl})
 * @param topurl       the file server, for log links ({@code topurl}, {@code --topurl})
 * @param topdir       the hub's file tree as {@code taskinfo} shows paths ({@code topdir}, default {@code /mnt/koji})
 * @param authtype     how to log in; empty means Koji's guess: password when a user is given
 * @param user         the password login's user ({@code user}, {@code --user})
 * @param password     its password ({@code password}, {@code --password})
 * @param noauth       {@code --noauth}: never log in
 * @param quiet        {@code -q}: print less
 * @param debug        {@code --debug}: show details and stack traces
 * @param pollInterval how often task watching asks the hub ({@code poll_interval}, seconds, default 6)
 * @param timeout      how long one call may take ({@code timeout}, seconds, default 12 hours as in Koji)
 * @param pluginPaths  extra directories whose {@code *.jar} plugins are loaded ({@code plugin_paths}, colon-separated)
 */
public record Profile(
        String name,
        URI server,
        String weburl,
        Optional<String> topurl,
        String topdir,
        Optional<AuthType> authtype,
        Optional<String> user,
        Optional<String> password,
        boolean noauth,
        boolean quiet,
        boolean debug,
        Duration pollInterval,
        Duration timeout,
        List<Path> pluginPaths) {

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(weburl, "weburl");
        pluginPaths = List.copyOf(pluginPaths);
    }

    /** The part plugins see. */
    public ClientProfile forPlugins() {
        return new ClientProfile(name, server, weburl, topurl.orElse(null), quiet, pollInterval);
    }

    /** No login at all: {@code --noauth} or {@code authtype = noauth}. */
    public boolean anonymous() {
        return noauth || authtype.filter(type -> type == AuthType.NOAUTH).isPresent();
    }

    @Override
    public String toString() {
        return "Profile[" + name + ", server=" + server + ", authtype=" + authtype.map(AuthType::configName).orElse("unset")
                + ", user=" + user.orElse("unset") + ", password=" + password.map(secret -> "***").orElse("unset") + "]";
    }
}
