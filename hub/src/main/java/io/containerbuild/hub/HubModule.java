package io.containerbuild.hub;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.hub.admin.AdminModule;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.build.BuildModule;
import io.containerbuild.hub.host.SchedulerSettings;
import io.containerbuild.hub.rpc.AfterCommit;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.ExportRegistry;
import io.containerbuild.hub.rpc.HubDispatcher;
import io.containerbuild.hub.rpc.IntrospectionApi;
import io.containerbuild.hub.session.SessionApi;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.task.HubTaskCreator;
import io.containerbuild.hub.task.TaskModule;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.plugin.hub.HubPlugin;
import io.containerbuild.plugin.hub.TaskCreator;
import io.containerbuild.wire.RpcDispatcher;
import io.containerbuild.wire.RpcEndpoint;
import io.containerbuild.wire.WireCodec;
import io.containerbuild.wire.WireLimits;
import java.time.Clock;
import java.util.List;

/**
 * The hub's bindings: its configuration and opened store, the core method groups, the host services
 * plugins use, and the enabled plugins' modules.
 */
public final class HubModule extends AbstractModule {
    private final HubConfig config;
    private final Store store;
    private final PasswordHasher hasher;
    private final List<HubPlugin> plugins;

    public HubModule(HubConfig config, Store store, PasswordHasher hasher, List<HubPlugin> plugins) {
        this.config = config;
        this.store = store;
        this.hasher = hasher;
        this.plugins = List.copyOf(plugins);
    }

    @Override
    protected void configure() {
        bind(HubConfig.class).toInstance(config);
        bind(Store.class).toInstance(store);
        bind(PasswordHasher.class).toInstance(hasher);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(AfterCommit.class).in(Singleton.class);
        bind(ExportRegistry.class).in(Singleton.class);
        bind(RpcDispatcher.class).to(HubDispatcher.class).in(Singleton.class);
        bind(TaskCreator.class).to(HubTaskCreator.class).in(Singleton.class);

        Multibinder<ExportGroup> core = Multibinder.newSetBinder(binder(), ExportGroup.class);
        core.addBinding().to(IntrospectionApi.class);
        core.addBinding().to(SessionApi.class);
        install(new AdminModule());
        install(new BuildModule());
        install(new TaskModule(SchedulerSettings.kojiDefaults().withHostTimeout(config.hostTimeout())));

        Multibinder.newSetBinder(binder(), HubExport.class);
        plugins.forEach(plugin -> install(plugin.module()));
    }

    @Provides
    @Singleton
    WireCodec codec() {
        return new WireCodec(limits());
    }

    @Provides
    @Singleton
    RpcEndpoint endpoint(RpcDispatcher dispatcher) {
        return new RpcEndpoint(dispatcher, limits(), IntrospectionApi.KOJI_VERSION);
    }

    private WireLimits limits() {
        return WireLimits.defaults().withMaxBodyBytes(config.maxRequestLength());
    }
}
