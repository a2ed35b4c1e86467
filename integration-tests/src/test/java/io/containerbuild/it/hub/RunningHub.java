package io.containerbuild.it.hub;

import io.containerbuild.config.IniFile;
import io.containerbuild.hub.Hub;
import io.containerbuild.hub.HubConfig;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.store.Permission;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserType;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A real hub with the container-build plugin, configured from {@code [hub]} text as an administrator
 * writes hub.conf, on H2 in a data directory or on a fresh PostgreSQL database, with its first
 * administrator. {@link #restart} stops it and starts a new one on the same data directory and
 * database. Logins use a cheap password hasher: the slow one would only make the tests slow.
 */
public final class RunningHub implements AutoCloseable {
    public static final String ADMIN = "kojiadmin";
    public static final String ADMIN_PASSWORD = "admin-secret";

    private final Backend backend;
    private final HubConfig config;
    private final PostgresDatabase database;
    private final PasswordHasher hasher = new PasswordHasher(1000);
    private Hub hub;
    private Path ownDataDir;

    private RunningHub(Backend backend, HubConfig config, PostgresDatabase database) {
        this.backend = backend;
        this.config = config;
        this.database = database;
    }

    /** A hub on its own store in a temporary data directory, removed on close. */
    public static RunningHub start(Backend backend) throws Exception {
        Path dataDir = Files.createTempDirectory("hubit-" + backend.name().toLowerCase(Locale.ROOT));
        try {
            RunningHub running = start(backend, dataDir);
            running.ownDataDir = dataDir;
            return running;
        } catch (Exception | Error e) {
            deleteRecursively(dataDir);
            throw e;
        }
    }

    /** A hub on its own store: {@code dataDir} holds the files (and for H2 the database). */
    public static RunningHub start(Backend backend, Path dataDir) throws Exception {
        PostgresDatabase database = backend == Backend.POSTGRESQL ? new PostgresDatabase() : null;
        try {
            StringBuilder conf = new StringBuilder("[hub]\n")
                    .append("Port = 0\n")
                    .append("DataDir = ").append(dataDir.toAbsolutePath()).append('\n')
                    .append("Plugins = hub_containerbuild\n");
            if (database != null) {
                conf.append("DBURL = ").append(database.url()).append('\n')
                        .append("DBUser = ").append(database.user()).append('\n')
                        .append("DBPassword = ").append(database.password()).append('\n');
            }
            HubConfig config = HubConfig.from(IniFile.parse(conf.toString(), "hub.conf"), dataDir);
            RunningHub running = new RunningHub(backend, config, database);
            running.hub = Hub.start(config, running.hasher);
            running.createFirstAdmin();
            return running;
        } catch (Exception | Error e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    /** Stops this hub and starts a new one on the same data directory and database, as after a reboot. */
    public void restart() throws Exception {
        hub.close();
        hub = null;
        hub = Hub.start(config, hasher);
    }

    public Backend backend() {
        return backend;
    }

    public URI url() {
        return hub.hubUrl();
    }

    public URI filesUrl() {
        return hub.filesUrl();
    }

    public Path dataDir() {
        return config.dataDir();
    }

    public Store store() {
        return hub.store();
    }

    /** A Java client session of the project's own wire code, not logged in. */
    public KojiSession anonymous() {
        return XmlRpcKojiSession.open(
                ClientOptions.of(url()).withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60)));
    }

    public KojiSession login(String user, String password) {
        KojiSession session = anonymous();
        session.login(user, password);
        return session;
    }

    public KojiSession admin() {
        return login(ADMIN, ADMIN_PASSWORD);
    }

    /** What {@code koji-hub create-admin} does: a person with a password and the admin permission. */
    private void createFirstAdmin() {
        Store store = hub.store();
        User admin = store.users().create(ADMIN, UserType.NORMAL, hasher.hash(ADMIN_PASSWORD));
        Permission permission = store.permissions().get("admin").orElseThrow();
        store.permissions().grant(admin.id(), permission.id(), null);
    }

    @Override
    public void close() {
        try {
            if (hub != null) {
                hub.close();
            }
        } finally {
            try {
                if (database != null) {
                    database.close();
                }
            } finally {
                if (ownDataDir != null) {
                    deleteRecursively(ownDataDir);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
