package io.containerbuild.hubplugin;

import com.google.inject.AbstractModule;

/** Binds the buildContainer and buildSourceContainer exports into the host. */
public final class HubContainerBuildModule extends AbstractModule {}
