package io.containerbuild.hub.build;

import io.containerbuild.hub.Hub;
import io.containerbuild.hub.HubConfig;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.store.Permission;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Tag;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserType;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A running hub for the build calls' tests, on H2 in a temporary directory or on a PostgreSQL schema
 * of its own, with a cheap password hasher. Users, tags and package lists are set up directly in the
 * store, as the admin calls belong to another part of the hub.
 */
final class TestHub implements AutoCloseable {
    static final String PASSWORD = "secret";
    static final String CG = "atomic-reactor";

    private final Hub hub;
    private final Path dataDir;
    private final PostgresSchema schema;
    private final PasswordHasher hasher = new PasswordHasher(1000);

    private TestHub(Path dataDir, PostgresSchema schema) throws Exception {
        this.dataDir = dataDir;
        this.schema = schema;
        Optional<HubConfig.ExternalDatabase> database = schema == null ? Optional.empty()
                : Optional.of(new HubConfig.ExternalDatabase(schema.url(), schema.user(), schema.password()));
        HubConfig config = new HubConfig("127.0.0.1", 0, dataDir, database, List.of(),
                HubConfig.DEFAULT_MAX_REQUEST_LENGTH);
        this.hub = Hub.start(config, hasher);
    }

    static TestHub start(HubBackend backend, Path dataDir) throws Exception {
        if (backend == HubBackend.H2) {
            return new TestHub(dataDir, null);
        }
        PostgresSchema schema = new PostgresSchema();
        try {
            return new TestHub(dataDir, schema);
        } catch (Exception | Error e) {
            schema.close();
            throw e;
        }
    }

    Store store() {
        return hub.store();
    }

    String url() {
        return hub.hubUrl().toString();
    }

    Path filesRoot() {
        return dataDir.resolve("files");
    }

    /** A person with the test password and the permissions named, created when new. */
    User user(String name, String... permissions) {
        User user = store().users().getByName(name)
                .orElseGet(() -> store().users().create(name, UserType.NORMAL, hasher.hash(PASSWORD)));
        for (String permission : permissions) {
            Permission perm = store().permissions().get(permission)
                    .orElseGet(() -> store().permissions().create(permission, null));
            store().permissions().grant(user.id(), perm.id(), null);
        }
        return user;
    }

    /** A user allowed to import as {@link #CG}, as an admin's {@code grantCGAccess} makes one. */
    User contentGeneratorAccount(String name) {
        User user = user(name);
        store().contentGenerators().grant(store().contentGenerators().ensure(CG).id(), user.id());
        return user;
    }

    KojiSession login(String name) {
        KojiSession session = anonymous();
        session.login(name, PASSWORD);
        return session;
    }

    KojiSession anonymous() {
        return XmlRpcKojiSession.open(
                ClientOptions.of(hub.hubUrl()).withTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(2)));
    }

    Tag tag(String name) {
        return store().tags().create(name, "x86_64", false, null, null);
    }

    Tag tag(String name, String permission, boolean locked) {
        Integer permId = permission == null ? null : store().permissions().get(permission)
                .orElseGet(() -> store().permissions().create(permission, null)).id();
        return store().tags().create(name, "x86_64", locked, permId, null);
    }

    void listPackage(Tag tag, String packageName, User owner, boolean blocked) {
        store().packageLists().set(tag.id(), packageName, owner.id(), blocked, null, null);
    }

    /** Writes a file where the upload calls put it: {@code <DataDir>/files/work/<directory>/<name>}. */
    Path upload(String directory, String name, byte[] content) {
        Path file = filesRoot().resolve("work").resolve(directory).resolve(name);
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            hub.close();
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }
}
