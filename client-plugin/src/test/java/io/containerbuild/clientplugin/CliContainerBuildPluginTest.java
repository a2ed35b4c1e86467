package io.containerbuild.clientplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.Mockito.mock;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.containerbuild.plugin.PluginLoader;
import io.containerbuild.plugin.client.ClientCommand;
import io.containerbuild.plugin.client.ClientContext;
import io.containerbuild.plugin.client.ClientPlugin;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliContainerBuildPluginTest {

    @Test
    void theHostFindsThePluginByItsUpstreamNameAndGetsItsThreeCommands() {
        List<ClientPlugin> enabled = PluginLoader.of(ClientPlugin.class).enabled(List.of("cli_containerbuild"));
        ClientPlugin plugin = enabled.get(0);
        assertInstanceOf(CliContainerBuildPlugin.class, plugin);

        ClientContext context = mock(ClientContext.class);
        Set<ClientCommand> commands = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(ClientContext.class).toInstance(context);
            }
        }, plugin.module()).getInstance(Key.get(new TypeLiteral<Set<ClientCommand>>() {}));

        Set<String> names = new TreeSet<>();
        commands.forEach(command -> names.add(new CommandLine(command).getCommandName()));
        assertEquals(Set.of("container-build", "flatpak-build", "source-container-build"), names);
    }
}
