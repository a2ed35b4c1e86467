package io.containerbuild.clientplugin;

import io.containerbuild.plugin.client.ClientContext;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

/** {@code koji container-build}: builds a container image from a git repository's Dockerfile. */
@Command(name = "container-build",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] target <scm url or archive path>",
                BinaryBuildCommand.GLOBAL_HELP_HINT},
        description = {"[build] Build a container",
                "Builds the Dockerfile at <scm url>, which names a git repository and a commit: "
                        + "git://host/repo#<commit>. --git-branch is required. Prints the task, then (in the "
                        + "foreground, or with --wait) follows it and prints its result; exit 0 if it succeeded."})
public final class ContainerBuildCommand extends BinaryBuildCommand {

    @Inject
    public ContainerBuildCommand(ClientContext context) {
        super(context);
    }

    @Override
    Boolean flatpak() {
        return null;
    }
}
