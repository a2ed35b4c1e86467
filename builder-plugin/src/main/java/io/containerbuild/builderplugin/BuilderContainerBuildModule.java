package io.containerbuild.builderplugin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.builderplugin.osbs.OsbsProvider;
import io.containerbuild.builderplugin.scm.GitRemote;
import io.containerbuild.plugin.builder.TaskHandler;

/**
 * Binds the buildContainer and buildSourceContainer task handlers into the host. The host must
 * bind an {@link OsbsProvider}: how OSBS clients are made from osbs.conf is the host's (or the
 * osbs-client module's) business, not the plugin's.
 */
public final class BuilderContainerBuildModule extends AbstractModule {

    @Override
    protected void configure() {
        requireBinding(OsbsProvider.class);
        bind(GitRemote.class).toInstance(GitRemote.asGiven());
        Multibinder<TaskHandler> handlers = Multibinder.newSetBinder(binder(), TaskHandler.class);
        handlers.addBinding().to(BuildContainerTaskHandler.class);
        handlers.addBinding().to(BuildSourceContainerTaskHandler.class);
    }
}
