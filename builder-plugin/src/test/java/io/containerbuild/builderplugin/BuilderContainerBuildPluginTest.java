package io.containerbuild.builderplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.containerbuild.builderplugin.osbs.OsbsProvider;
import io.containerbuild.plugin.PluginLoader;
import io.containerbuild.plugin.builder.BuilderPlugin;
import io.containerbuild.plugin.builder.TaskHandler;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuilderContainerBuildPluginTest {

    private static BuilderPlugin plugin() {
        List<BuilderPlugin> enabled = PluginLoader.of(BuilderPlugin.class).enabled(List.of("builder_containerbuild"));
        return enabled.get(0);
    }

    @Test
    void theHostFindsThePluginByItsUpstreamName() {
        assertInstanceOf(BuilderContainerBuildPlugin.class, plugin());
    }

    @Test
    void theModuleContributesBothHandlersWithWeightTwo() {
        OsbsProvider noOsbs = section -> Optional.empty();
        Injector injector = Guice.createInjector(plugin().module(),
                binder -> binder.bind(OsbsProvider.class).toInstance(noOsbs));

        Set<TaskHandler> handlers = injector.getInstance(Key.get(new TypeLiteral<Set<TaskHandler>>() { }));

        Map<String, Double> weights = handlers.stream()
                .collect(Collectors.toMap(handler -> handler.signature().name(), TaskHandler::weight));
        assertEquals(Map.of("buildContainer", 2.0, "buildSourceContainer", 2.0), weights);
        Map<String, String> signatures = handlers.stream()
                .collect(Collectors.toMap(handler -> handler.signature().name(), handler -> handler.signature().toString()));
        assertEquals(Map.of("buildContainer", "buildContainer(src, target, opts=null)",
                "buildSourceContainer", "buildSourceContainer(target, opts=null)"), signatures);
    }

    @Test
    void theHostMustBindTheOsbsProvider() {
        CreationException missing = assertThrows(CreationException.class, () -> Guice.createInjector(plugin().module()));

        assertTrue(missing.getMessage().contains("OsbsProvider"), missing.getMessage());
    }
}
