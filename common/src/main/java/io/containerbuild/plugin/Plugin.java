package io.containerbuild.plugin;

import com.google.inject.Module;

/**
 * What a plugin jar offers its host. Each plugin jar declares one implementation of a host's
 * sub-interface ({@link io.containerbuild.plugin.hub.HubPlugin}, {@link io.containerbuild.plugin.builder.BuilderPlugin},
 * {@link io.containerbuild.plugin.client.ClientPlugin}) in
 * {@code META-INF/services}; the host enables the plugins its configuration names, as Koji's
 * {@code Plugins = ...} does, and installs their modules.
 */
public interface Plugin {

    /** The name administrators write in the host's configuration, e.g. {@code hub_containerbuild}. */
    String name();

    /** Bindings only: the module contributes to the host's multibinders and does no work itself. */
    Module module();
}
