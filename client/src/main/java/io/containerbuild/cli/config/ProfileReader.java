package io.containerbuild.cli.config;

import io.containerbuild.config.IniFile;
import io.containerbuild.config.IniSection;
import io.containerbuild.fault.ConfigurationError;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link Profile} as Koji's {@code read_config} and {@code get_options} do: Koji's defaults, then the
 * profile's section of the merged files, then the global command-line options, which win. A profile without a
 * section is an error, as in Koji, even when {@code --server} is given.
 */
public final class ProfileReader {

    static final String DEFAULT_SERVER = "http://localhost/kojihub";
    static final String DEFAULT_WEBURL = "http://localhost/koji";
    static final String DEFAULT_TOPDIR = "/mnt/koji";
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(6);
    static final Duration DEFAULT_TIMEOUT = Duration.ofHours(12);

    private final ConfigLocations locations;

    public ProfileReader(ConfigLocations locations) {
        this.locations = locations;
    }

    /** @throws ConfigurationError naming the file, section and key of a bad value, or the missing profile */
    public Profile read(CommandLineSettings given) {
        IniFile files = IniFile.loadAll(locations.files(given.configFile()));
        String name = given.profile();
        IniSection section = files.optionalSection(name)
                .orElseThrow(() -> new ConfigurationError("no configuration for profile name: " + name));

        String server = given.server().orElse(section.string("server", DEFAULT_SERVER));
        String where = "[" + name + "] authtype";
        Optional<AuthType> authtype = given.authtype().or(() -> section.optionalString("authtype"))
                .filter(text -> !text.isEmpty())
                .map(text -> AuthType.parse(text, where));
        return new Profile(
                name,
                hubUrl(server),
                given.weburl().orElse(section.string("weburl", DEFAULT_WEBURL)),
                given.topurl().or(() -> section.optionalString("topurl")).filter(url -> !url.isEmpty()),
                section.string("topdir", DEFAULT_TOPDIR),
                authtype,
                given.user().or(() -> section.optionalString("user")),
                given.password().or(() -> section.optionalString("password")),
                given.noauth(),
                given.quiet(),
                given.debug() || section.bool("debug", false),
                positive(section, "poll_interval", DEFAULT_POLL_INTERVAL),
                positive(section, "timeout", DEFAULT_TIMEOUT),
                pluginPaths(given.pluginPaths().or(() -> section.optionalString("plugin_paths"))));
    }

    private static URI hubUrl(String server) {
        try {
            URI uri = new URI(server);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new ConfigurationError("server " + server + " is not an http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigurationError("server " + server + " is not a URL: " + e.getMessage(), e);
        }
    }

    private static Duration positive(IniSection section, String key, Duration defaultValue) {
        Duration value = section.seconds(key, defaultValue);
        if (value.isNegative() || value.isZero()) {
            throw new ConfigurationError("[" + section.name() + "] " + key + ": must be at least 1 second");
        }
        return value;
    }

    private List<Path> pluginPaths(Optional<String> paths) {
        List<Path> result = new ArrayList<>();
        paths.ifPresent(text -> {
            for (String part : text.split(":")) {
                if (!part.isBlank()) {
                    result.add(locations.expandHome(part.strip()));
                }
            }
        });
        return result;
    }

    /** The global options that take part in choosing and overriding the profile. */
    /**
     * The global options given on the command line; everything but the profile defaults to "not given",
     * so a caller that knows only some of them (the plugin-path probe, tests) states just those.
     */
    public interface CommandLineSettings {
        String profile();

        default Optional<String> configFile() {
            return Optional.empty();
        }

        default Optional<String> server() {
            return Optional.empty();
        }

        default Optional<String> weburl() {
            return Optional.empty();
        }

        default Optional<String> topurl() {
            return Optional.empty();
        }

        default Optional<String> authtype() {
            return Optional.empty();
        }

        default Optional<String> user() {
            return Optional.empty();
        }

        default Optional<String> password() {
            return Optional.empty();
        }

        default Optional<String> pluginPaths() {
            return Optional.empty();
        }

        default boolean noauth() {
            return false;
        }

        default boolean quiet() {
            return false;
        }

        default boolean debug() {
            return false;
        }
    }
}
