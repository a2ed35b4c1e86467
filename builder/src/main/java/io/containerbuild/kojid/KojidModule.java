package io.containerbuild.kojid;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.config.IniSection;
import io.containerbuild.plugin.builder.TaskHandler;
import java.util.List;

/**
 * The daemon's object graph: its configuration, its parts (one of each), and the enabled plugins' modules,
 * which add their {@link TaskHandler}s to the set bound here.
 */
public final class KojidModule extends AbstractModule {
    private final KojidConfig config;
    private final IniSection daemonOptions;
    private final List<Module> pluginModules;

    /**
     * @param config        the parsed {@code [kojid]} settings
     * @param daemonOptions the same section as written, for handlers' own keys
     * @param pluginModules the enabled plugins' modules
     */
    public KojidModule(KojidConfig config, IniSection daemonOptions, List<Module> pluginModules) {
        this.config = config;
        this.daemonOptions = daemonOptions;
        this.pluginModules = List.copyOf(pluginModules);
    }

    @Override
    protected void configure() {
        bind(KojidConfig.class).toInstance(config);
        bind(IniSection.class).toInstance(daemonOptions);
        Multibinder.newSetBinder(binder(), TaskHandler.class);
        pluginModules.forEach(this::install);

        bind(Kojid.class).in(Singleton.class);
        bind(HostSession.class).in(Singleton.class);
        bind(Heartbeat.class).in(Singleton.class);
        bind(OpenTaskReconciler.class).in(Singleton.class);
        bind(TaskPoller.class).in(Singleton.class);
        bind(TaskTaker.class).in(Singleton.class);
        bind(TaskHandlers.class).in(Singleton.class);
        bind(RunningTasks.class).in(Singleton.class);
        bind(RunnerServices.class).in(Singleton.class);
        bind(TaskDirectories.class).in(Singleton.class);
        bind(ResultSpool.class).in(Singleton.class);
        bind(ResultDelivery.class).in(Singleton.class);
        bind(CancellationWatcher.class).in(Singleton.class);
        bind(Wakeup.class).in(Singleton.class);
    }
}
