package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Koji's client-side check before tag and target administration: {@code admin} or the specific permission. */
final class TagPermission {

    private TagPermission() {
    }

    static void require(ClientRuntime runtime, CommandSpec spec, String permission) {
        if (Boolean.TRUE.equals(runtime.session().call("hasPerm", "admin"))
                || Boolean.TRUE.equals(runtime.session().call("hasPerm", permission))) {
            return;
        }
        throw new ParameterException(spec.commandLine(),
                "This action requires " + permission + " or admin privileges");
    }
}
