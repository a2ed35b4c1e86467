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
import com.google.inject.multibindings.OptionalBinder;
import io.containerbuild.builderplugin.osbs.OsbsConfProvider;
import io.containerbuild.builderplugin.osbs.OsbsProvider;
import io.containerbuild.builderplugin.osbs.OsbsSection;
import io.containerbuild.config.IniFile;
import io.containerbuild.config.IniSection;
import io.containerbuild.fault.ContainerError;
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
    private static final IniSection KOJID = IniFile.parse("[kojid]\n", "kojid.conf").section("kojid");

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
        Injector injector = Guice.createInjector(plugin().module(), binder -> {
            binder.bind(IniSection.class).toInstance(KOJID);
            OptionalBinder.newOptionalBinder(binder, OsbsProvider.class).setBinding().toInstance(noOsbs);
        });

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
    void withoutAnOverrideTheHandlersUseOsbsClientConfiguredByKojidConf() {
        Injector injector = Guice.createInjector(plugin().module(), binder -> binder.bind(IniSection.class).toInstance(
                IniFile.parse("[kojid]\nosbs_conf = /nonexistent/osbs.conf\n", "kojid.conf").section("kojid")));

        OsbsProvider provider = injector.getInstance(OsbsProvider.class);

        assertInstanceOf(OsbsConfProvider.class, provider);
        ContainerError error = assertThrows(ContainerError.class, () -> provider.instance(OsbsSection.DEFAULT_BINARY));
        assertTrue(error.getMessage().startsWith("Could not successfully instantiate `osbs`: /nonexistent/osbs.conf"),
                error.getMessage());
    }

    @Test
    void theDaemonsKojidSectionIsRequired() {
        CreationException missing = assertThrows(CreationException.class, () -> Guice.createInjector(plugin().module()));

        assertTrue(missing.getMessage().contains("IniSection"), missing.getMessage());
    }
}
