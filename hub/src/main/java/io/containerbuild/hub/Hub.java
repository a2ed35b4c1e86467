package io.containerbuild.hub;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.host.TaskHousekeeper;
import io.containerbuild.hub.http.HubServer;
import io.containerbuild.hub.http.RawUploadReceiver;
import io.containerbuild.hub.store.Store;
import io.containerbuild.plugin.PluginLoader;
import io.containerbuild.plugin.hub.HubPlugin;
import io.containerbuild.wire.RpcEndpoint;
import java.net.URI;
import java.util.List;

/**
 * A running hub: the store opened (and migrated), the plugins loaded, the HTTP server listening.
 * Closing it stops the background housekeeping and the server first, so no call is cut off from its
 * database.
 */
public final class Hub implements AutoCloseable {
    private final Store store;
    private final HubServer server;
    private final Injector injector;

    private Hub(Store store, HubServer server, Injector injector) {
        this.store = store;
        this.server = server;
        this.injector = injector;
    }

    public static Hub start(HubConfig config) throws Exception {
        return start(config, new PasswordHasher());
    }

    /** Tests pass a cheap hasher; every login otherwise costs a slow key derivation on purpose. */
    public static Hub start(HubConfig config, PasswordHasher hasher) throws Exception {
        List<HubPlugin> plugins = PluginLoader.of(HubPlugin.class).enabled(config.plugins());
        Store store = openStore(config);
        try {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new HubModule(config, store, hasher, plugins));
            HubServer server = new HubServer(config.address(), config.port(), injector.getInstance(RpcEndpoint.class),
                    injector.getInstance(RawUploadReceiver.class), config.dataDir().resolve("files"));
            server.start();
            injector.getInstance(TaskHousekeeper.class).start();
            return new Hub(store, server, injector);
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
    }

    static Store openStore(HubConfig config) {
        return config.database()
                .map(db -> Store.openPostgres(db.url(), db.user(), db.password()))
                .orElseGet(() -> Store.openEmbedded(config.dataDir().resolve("db")));
    }

    public URI hubUrl() {
        return server.hubUrl();
    }

    public URI filesUrl() {
        return server.filesUrl();
    }

    public Store store() {
        return store;
    }

    /** For tests that reach a hub service directly. */
    public <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            injector.getInstance(TaskHousekeeper.class).close();
            server.close();
        } finally {
            store.close();
        }
    }
}
