package io.containerbuild.clientplugin;

import io.containerbuild.plugin.client.ClientContext;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code koji flatpak-build}: {@code container-build} with {@code flatpak: true} in the options. */
@Command(name = "flatpak-build",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] target <scm url>", BinaryBuildCommand.GLOBAL_HELP_HINT},
        description = {"[build] Build a flatpak",
                "Builds a Flatpak from the module and container.yaml at <scm url> (git://host/repo#<commit>). "
                        + "Options as for container-build."})
public final class FlatpakBuildCommand extends BinaryBuildCommand {

    @Inject
    public FlatpakBuildCommand(ClientContext context) {
        super(context);
    }

    @Override
    Boolean flatpak() {
        return Boolean.TRUE;
    }
}
