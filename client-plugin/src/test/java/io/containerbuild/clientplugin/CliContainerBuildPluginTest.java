package io.containerbuild.clientplugin;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.inject.Guice;
import io.containerbuild.plugin.client.ClientPlugin;
import io.containerbuild.plugin.PluginLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliContainerBuildPluginTest {

    @Test
    void theHostFindsThePluginByItsUpstreamName() {
        List<ClientPlugin> enabled = PluginLoader.of(ClientPlugin.class).enabled(List.of("cli_containerbuild"));

        ClientPlugin plugin = enabled.get(0);
        assertInstanceOf(CliContainerBuildPlugin.class, plugin);
        assertNotNull(Guice.createInjector(plugin.module()));
    }
}
