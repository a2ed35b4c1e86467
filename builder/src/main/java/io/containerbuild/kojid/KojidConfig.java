package io.containerbuild.kojid;

import io.containerbuild.config.IniSection;
import io.containerbuild.fault.ConfigurationError;
import io.containerbuild.wire.ClientOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The daemon's settings, read once from the {@code [kojid]} section of {@code kojid.conf} with Koji's key
 * names and defaults. Keys the daemon does not know (Koji's {@code topdir}, {@code minspace}, a plugin's own)
 * are left alone: handlers read them from the section themselves.
 *
 * @param server                the hub's XML-RPC URL
 * @param user                  the host's account
 * @param password              its password
 * @param workdir               where task work directories and undelivered results live
 * @param maxjobs               how many tasks run at once
 * @param sleeptime             the pause between polls, and the long-poll wait
 * @param plugins               the builder plugins to enable, by name
 * @param allowedScms           {@code allowed_scms} entries, for handlers that fetch sources
 * @param allowedScmsUseConfig  whether handlers honour {@code allowed_scms}
 * @param allowedScmsUsePolicy  whether handlers ask the hub's {@code build_from_scm} policy
 * @param shutdownGrace         how long a stopping daemon lets running tasks finish before freeing them
 * @param cancelCheckInterval   how often running tasks are checked for cancellation on the hub
 * @param forceLock             whether to take over the host's exclusive session ({@code --force-lock})
 */
public record KojidConfig(URI server, String user, String password, Path workdir, int maxjobs, Duration sleeptime,
                          List<String> plugins, List<String> allowedScms, boolean allowedScmsUseConfig,
                          boolean allowedScmsUsePolicy, Duration shutdownGrace, Duration cancelCheckInterval,
                          boolean forceLock) {

    public static final String SECTION = "kojid";
    static final Path DEFAULT_WORKDIR = Path.of("/tmp/koji");
    static final int DEFAULT_MAXJOBS = 10;
    static final Duration DEFAULT_SLEEPTIME = Duration.ofSeconds(15);
    static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);
    static final Duration DEFAULT_CANCEL_CHECK_INTERVAL = Duration.ofSeconds(2);
    /** Room for a hub call besides the long poll: a slow hub is waited for, a hung one is not waited on forever. */
    static final Duration HUB_REPLY_ALLOWANCE = Duration.ofMinutes(5);
    static final Duration HUB_CONNECT_TIMEOUT = Duration.ofSeconds(60);

    public KojidConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(sleeptime, "sleeptime");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(cancelCheckInterval, "cancelCheckInterval");
        plugins = List.copyOf(plugins);
        allowedScms = List.copyOf(allowedScms);
    }

    /**
     * Reads the {@code [kojid]} section.
     *
     * @param file      the file it came from: named in error messages, and a relative {@code workdir} is taken
     *                  relative to its directory, as the hub does with its {@code DataDir}
     * @param forceLock the {@code --force-lock} command-line flag
     * @throws ConfigurationError naming the file, section and key of a missing or unusable value
     */
    public static KojidConfig from(IniSection section, Path file, boolean forceLock) {
        Checks checks = new Checks(section, file.toString());
        Path base = file.toAbsolutePath().getParent();
        List<String> plugins = section.has("plugins") ? section.list("plugins") : section.list("plugin");
        return new KojidConfig(
                checks.hubUrl("server"),
                section.string("user"),
                section.string("password"),
                base.resolve(section.path("workdir", DEFAULT_WORKDIR)).normalize(),
                checks.atLeast("maxjobs", section.integer("maxjobs", DEFAULT_MAXJOBS), 1),
                checks.positive("sleeptime", section.seconds("sleeptime", DEFAULT_SLEEPTIME)),
                plugins,
                section.list("allowed_scms"),
                section.bool("allowed_scms_use_config", true),
                section.bool("allowed_scms_use_policy", false),
                checks.notNegative("shutdown_grace", section.seconds("shutdown_grace", DEFAULT_SHUTDOWN_GRACE)),
                checks.positive("cancel_check_interval",
                        section.seconds("cancel_check_interval", DEFAULT_CANCEL_CHECK_INTERVAL)),
                forceLock);
    }

    /** How the host's own session talks to the hub: its replies may include a long poll of {@link #sleeptime}. */
    ClientOptions hubOptions() {
        return ClientOptions.of(server).withTimeouts(HUB_CONNECT_TIMEOUT, HUB_REPLY_ALLOWANCE.plus(sleeptime));
    }

    @Override
    public String toString() {
        return "KojidConfig[server=" + server + ", user=" + user + ", password=***, workdir=" + workdir
                + ", maxjobs=" + maxjobs + ", sleeptime=" + sleeptime.toSeconds() + "s, plugins=" + plugins
                + ", allowedScms=" + allowedScms + ", allowedScmsUseConfig=" + allowedScmsUseConfig
                + ", allowedScmsUsePolicy=" + allowedScmsUsePolicy + ", shutdownGrace="
                + shutdownGrace.toSeconds() + "s, cancelCheckInterval=" + cancelCheckInterval.toSeconds()
                + "s, forceLock=" + forceLock + "]";
    }

    /** Range checks the generic section getters do not make, with the same kind of message. */
    private record Checks(IniSection section, String source) {

        URI hubUrl(String key) {
            String text = section.string(key);
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                throw invalid(key, "'" + text + "' is not a URL", e);
            }
            throw invalid(key, "'" + text + "' is not an http or https URL", null);
        }

        int atLeast(String key, int value, int minimum) {
            if (value < minimum) {
                throw invalid(key, value + " is less than " + minimum, null);
            }
            return value;
        }

        Duration positive(String key, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw invalid(key, value.toSeconds() + " is not a positive number of seconds", null);
            }
            return value;
        }

        Duration notNegative(String key, Duration value) {
            if (value.isNegative()) {
                throw invalid(key, value.toSeconds() + " is a negative number of seconds", null);
            }
            return value;
        }

        private ConfigurationError invalid(String key, String problem, Throwable cause) {
            return new ConfigurationError(source + ": [" + section.name() + "] " + key + ": " + problem, cause);
        }
    }
}
