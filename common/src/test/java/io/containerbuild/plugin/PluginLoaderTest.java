package io.containerbuild.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.plugin.hub.HubPlugin;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLoaderTest {
    @TempDir
    Path services;

    public static final class Alpha implements HubPlugin {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public Module module() {
            return new AbstractModule() {};
        }
    }

    public static final class Beta implements HubPlugin {
        @Override
        public String name() {
            return "beta";
        }

        @Override
        public Module module() {
            return new AbstractModule() {};
        }
    }

    public static final class AnotherAlpha implements HubPlugin {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public Module module() {
            return new AbstractModule() {};
        }
    }

    private PluginLoader<HubPlugin> loaderDeclaring(Class<?>... plugins) throws IOException {
        Path file = services.resolve("META-INF/services/" + HubPlugin.class.getName());
        Files.createDirectories(file.getParent());
        StringBuilder lines = new StringBuilder();
        for (Class<?> plugin : plugins) {
            lines.append(plugin.getName()).append('\n');
        }
        Files.writeString(file, lines);
        URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader());
        return new PluginLoader<>(HubPlugin.class, loader);
    }

    @Test
    void enablesTheNamedPluginsInConfigurationOrder() throws IOException {
        PluginLoader<HubPlugin> loader = loaderDeclaring(Alpha.class, Beta.class);

        List<HubPlugin> enabled = loader.enabled(List.of("beta", "alpha"));

        assertEquals(List.of("beta", "alpha"), enabled.stream().map(Plugin::name).toList());
    }

    @Test
    void aMissingPluginStopsTheStartAndNamesWhatIsInstalled() throws IOException {
        PluginLoader<HubPlugin> loader = loaderDeclaring(Alpha.class, Beta.class);

        KojiFault fault = assertThrows(KojiFault.class, () -> loader.enabled(List.of("alpha", "hub_containerbuild")));

        assertEquals(FaultCode.PLUGIN_ERROR.code(), fault.faultCode());
        assertEquals("plugin hub_containerbuild is enabled in the configuration but not installed"
                + " (installed HubPlugins: alpha, beta)", fault.getMessage());
    }

    @Test
    void twoPluginsWithOneNameAreAConflict() throws IOException {
        PluginLoader<HubPlugin> loader = loaderDeclaring(Alpha.class, AnotherAlpha.class);

        KojiFault fault = assertThrows(KojiFault.class, loader::installed);

        assertEquals(FaultCode.PLUGIN_ERROR.code(), fault.faultCode());
    }

    @Test
    void nothingEnabledIsNothingLoaded() throws IOException {
        assertEquals(List.of(), loaderDeclaring().enabled(List.of()));
    }
}
