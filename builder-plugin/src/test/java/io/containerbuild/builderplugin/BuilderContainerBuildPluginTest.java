package io.containerbuild.builderplugin;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.inject.Guice;
import io.containerbuild.plugin.builder.BuilderPlugin;
import io.containerbuild.plugin.PluginLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuilderContainerBuildPluginTest {

    @Test
    void theHostFindsThePluginByItsUpstreamName() {
        List<BuilderPlugin> enabled = PluginLoader.of(BuilderPlugin.class).enabled(List.of("builder_containerbuild"));

        BuilderPlugin plugin = enabled.get(0);
        assertInstanceOf(BuilderContainerBuildPlugin.class, plugin);
        assertNotNull(Guice.createInjector(plugin.module()));
    }
}
