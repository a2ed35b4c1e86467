package io.containerbuild.clientplugin;

import com.google.inject.Module;
import io.containerbuild.plugin.client.ClientPlugin;

/** The entry point the host finds through {@code ServiceLoader}: koji-containerbuild's {@code cli_containerbuild}. */
public final class CliContainerBuildPlugin implements ClientPlugin {
    public static final String NAME = "cli_containerbuild";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Module module() {
        return new CliContainerBuildModule();
    }
}
