package io.containerbuild.builderplugin;

import com.google.inject.Module;
import io.containerbuild.plugin.builder.BuilderPlugin;

/** The entry point the host finds through {@code ServiceLoader}: koji-containerbuild's {@code builder_containerbuild}. */
public final class BuilderContainerBuildPlugin implements BuilderPlugin {
    public static final String NAME = "builder_containerbuild";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Module module() {
        return new BuilderContainerBuildModule();
    }
}
