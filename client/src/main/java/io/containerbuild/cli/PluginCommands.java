package io.containerbuild.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.fault.ConfigurationError;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.plugin.PluginLoader;
import io.containerbuild.plugin.client.ClientCommand;
import io.containerbuild.plugin.client.ClientContext;
import io.containerbuild.plugin.client.ClientPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The commands of every installed client plugin. Koji's client loads every plugin file it finds on its plugin
 * paths, without a list of enabled ones; likewise this client installs every {@link ClientPlugin} on its class path
 * and in the {@code *.jar} files of the {@code plugin_paths} directories, and asks their Guice modules for
 * {@link ClientCommand}s, injecting the {@link ClientContext}.
 */
final class PluginCommands {

    private PluginCommands() {
    }

    static List<ClientCommand> load(ClientContext context, List<Path> pluginPaths) {
        ClassLoader loader = classLoader(pluginPaths);
        List<Module> modules = new ArrayList<>();
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                bind(ClientContext.class).toInstance(context);
                // declared here too, so that a client without plugins still has an (empty) set
                Multibinder.newSetBinder(binder(), ClientCommand.class);
            }
        });
        for (ClientPlugin plugin : new PluginLoader<>(ClientPlugin.class, loader).installed().values()) {
            modules.add(plugin.module());
        }
        Set<ClientCommand> commands = Guice.createInjector(modules).getInstance(Key.get(new TypeLiteral<>() {}));
        return List.copyOf(commands);
    }

    private static ClassLoader classLoader(List<Path> pluginPaths) {
        ClassLoader parent = ClientPlugin.class.getClassLoader();
        List<URL> jars = new ArrayList<>();
        for (Path directory : pluginPaths) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.jar")) {
                List<Path> sorted = new ArrayList<>();
                entries.forEach(sorted::add);
                sorted.sort(null);
                for (Path jar : sorted) {
                    jars.add(jar.toUri().toURL());
                }
            } catch (MalformedURLException e) {
                throw new ConfigurationError("plugin_paths: " + directory + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list plugin directory " + directory, e);
            }
        }
        return jars.isEmpty() ? parent : new URLClassLoader(jars.toArray(URL[]::new), parent);
    }

    /** Two plugins offering one command name: Koji would let the later win; we refuse to guess which is later. */
    static KojiFault conflict(String name) {
        return new KojiFault(FaultCode.PLUGIN_ERROR, "two client plugins provide the command " + name);
    }
}
