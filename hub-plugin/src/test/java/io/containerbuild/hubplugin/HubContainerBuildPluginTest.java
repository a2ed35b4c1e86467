package io.containerbuild.hubplugin;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.inject.Guice;
import io.containerbuild.plugin.PluginLoader;
import io.containerbuild.plugin.hub.HubPlugin;
import io.containerbuild.plugin.hub.TaskCreator;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubContainerBuildPluginTest {

    @Test
    void theHostFindsThePluginByItsUpstreamName() {
        List<HubPlugin> enabled = PluginLoader.of(HubPlugin.class).enabled(List.of("hub_containerbuild"));

        HubPlugin plugin = enabled.get(0);
        assertInstanceOf(HubContainerBuildPlugin.class, plugin);
        // the hub binds its TaskCreator; the plugin's exports need one
        TaskCreator hubsTaskCreator = (owner, task) -> 1;
        assertNotNull(Guice.createInjector(plugin.module(),
                binder -> binder.bind(TaskCreator.class).toInstance(hubsTaskCreator)));
    }
}
