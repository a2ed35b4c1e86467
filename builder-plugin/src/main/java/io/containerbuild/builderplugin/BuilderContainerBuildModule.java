package io.containerbuild.builderplugin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.containerbuild.builderplugin.osbs.OsbsConfProvider;
import io.containerbuild.builderplugin.osbs.OsbsProvider;
import io.containerbuild.builderplugin.scm.GitRemote;
import io.containerbuild.plugin.builder.TaskHandler;

/**
 * Binds the buildContainer and buildSourceContainer task handlers into the host, with osbs-client on
 * Docker engines as their OSBS ({@link OsbsConfProvider}, configured by {@code [kojid] osbs_conf});
 * a host or a test replaces it with {@code OptionalBinder.setBinding()}.
 */
public final class BuilderContainerBuildModule extends AbstractModule {

    @Override
    protected void configure() {
        // a host or a test may bind its own; osbs-client on Docker engines otherwise
        OptionalBinder.newOptionalBinder(binder(), OsbsProvider.class).setDefault().to(OsbsConfProvider.class);
        bind(GitRemote.class).toInstance(GitRemote.asGiven());
        Multibinder<TaskHandler> handlers = Multibinder.newSetBinder(binder(), TaskHandler.class);
        handlers.addBinding().to(BuildContainerTaskHandler.class);
        handlers.addBinding().to(BuildSourceContainerTaskHandler.class);
    }
}
