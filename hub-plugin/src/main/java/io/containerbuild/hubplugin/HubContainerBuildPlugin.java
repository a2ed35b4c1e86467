package io.containerbuild.hubplugin;

import com.google.inject.Module;
import io.containerbuild.plugin.hub.HubPlugin;

/** The entry point the host finds through {@code ServiceLoader}: koji-containerbuild's {@code hub_containerbuild}. */
public final class HubContainerBuildPlugin implements HubPlugin {
    public static final String NAME = "hub_containerbuild";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Module module() {
        return new HubContainerBuildModule();
    }
}
