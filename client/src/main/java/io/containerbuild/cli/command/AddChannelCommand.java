package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CoreUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji add-channel}: {@code addChannel(name, description=)}. */
@Command(name = "add-channel",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <channel_name>", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[admin] Add a channel",
                "Container builds run in container-binary and container-source unless overridden."})
public final class AddChannelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--description", description = "Description of channel")
    String description;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public AddChannelCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.size() != 1) {
            throw new ParameterException(spec.commandLine(), "Please specify one channel name");
        }
        runtime.activateSession();
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("description", description);
        Object id = runtime.session().call("addChannel", List.of(args.get(0)), keywords);
        runtime.out().println(args.get(0) + " added: id " + id);
        return 0;
    }
}
