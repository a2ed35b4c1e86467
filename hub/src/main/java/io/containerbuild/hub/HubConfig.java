package io.containerbuild.hub;

import io.containerbuild.config.IniFile;
import io.containerbuild.config.IniSection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hub's {@code [hub]} section, read once at start.
 *
 * @param address the address to listen on; loopback unless an administrator opens it up
 * @param port the HTTP port
 * @param dataDir the embedded database and the file tree served at {@code /kojifiles}
 * @param database PostgreSQL instead of the embedded database, when {@code DBURL} is set
 * @param plugins the hub plugins to enable, by upstream name ({@code hub_containerbuild})
 * @param maxRequestLength Koji's {@code MaxRequestLength}: the largest XML-RPC body accepted
 * @param hostTimeout Koji's {@code HostTimeout}: a host silent this long loses its open and assigned tasks,
 *     which other hosts may then take
 */
public record HubConfig(String address, int port, Path dataDir, Optional<ExternalDatabase> database,
                        List<String> plugins, long maxRequestLength, Duration hostTimeout) {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_LENGTH = 4L * 1024 * 1024;
    public static final Duration DEFAULT_HOST_TIMEOUT = Duration.ofSeconds(900);

    /** A PostgreSQL database given by JDBC URL and credentials. */
    public record ExternalDatabase(String url, String user, String password) {
        public ExternalDatabase {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String toString() {
            return "ExternalDatabase[" + url + ", user=" + user + "]";
        }
    }

    public HubConfig {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(hostTimeout, "hostTimeout");
        plugins = List.copyOf(plugins);
    }

    /** With Koji's default host timeout. */
    public HubConfig(String address, int port, Path dataDir, Optional<ExternalDatabase> database,
                     List<String> plugins, long maxRequestLength) {
        this(address, port, dataDir, database, plugins, maxRequestLength, DEFAULT_HOST_TIMEOUT);
    }

    public static HubConfig load(Path file) {
        return from(IniFile.load(file), file.toAbsolutePath().getParent());
    }

    /** Relative paths in the file are taken from {@code baseDir}, so a config can travel with its data. */
    public static HubConfig from(IniFile ini, Path baseDir) {
        return from(ini.section("hub"), baseDir);
    }

    private static HubConfig from(IniSection hub, Path baseDir) {
        int port = hub.integer("port", DEFAULT_PORT);
        if (port < 0 || port > 65535) {
            throw hub.invalid("port", "is not a TCP port (0 picks a free one)");
        }
        long maxRequestLength = hub.integer("maxrequestlength", (int) DEFAULT_MAX_REQUEST_LENGTH);
        if (maxRequestLength < 1024) {
            throw hub.invalid("maxrequestlength", "is too small (at least 1024 bytes)");
        }
        Duration hostTimeout = hub.seconds("hosttimeout", DEFAULT_HOST_TIMEOUT);
        if (hostTimeout.isZero()) {
            throw hub.invalid("hosttimeout", "must be at least 1 second");
        }
        Optional<ExternalDatabase> database = hub.optionalString("dburl")
                .map(url -> new ExternalDatabase(url, hub.string("dbuser", null), hub.string("dbpassword", null)));
        return new HubConfig(
                hub.string("address", "127.0.0.1"),
                port,
                baseDir.resolve(hub.path("datadir", Path.of("hub-data"))).normalize(),
                database,
                hub.list("plugins"),
                maxRequestLength,
                hostTimeout);
    }
}
