package io.containerbuild.clientplugin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.plugin.client.ClientCommand;

/** Binds the container-build, flatpak-build and source-container-build subcommands into the host. */
public final class CliContainerBuildModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<ClientCommand> commands = Multibinder.newSetBinder(binder(), ClientCommand.class);
        commands.addBinding().to(ContainerBuildCommand.class);
        commands.addBinding().to(FlatpakBuildCommand.class);
        commands.addBinding().to(SourceContainerBuildCommand.class);
    }
}
