package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CommandFailure;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.cli.watch.TaskRecords;
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

/** {@code koji add-host-to-channel}: {@code addHostToChannel(host, channel, create=, force=)}. */
@Command(name = "add-host-to-channel",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <hostname> <channel>", CoreUsage.GLOBAL_HELP_HINT},
        description = "[admin] Add a host to a channel")
public final class AddHostToChannelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--list", hidden = true)
    boolean list;

    @Option(names = "--new", description = "Create channel if needed")
    boolean createNew;

    @Option(names = "--force", description = "force added, if possible")
    boolean force;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public AddHostToChannelCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (!list && args.size() != 2) {
            throw new ParameterException(spec.commandLine(), "Please specify a hostname and a channel");
        }
        runtime.activateSession();
        if (list) {
            for (Map<String, Object> channel : TaskRecords.structs(runtime.session().call("listChannels"))) {
                runtime.out().println(channel.get("name"));
            }
            return 0;
        }
        String host = args.get(0);
        String channel = args.get(1);
        if (!createNew && HubRecords.channel(runtime.session(), channel).isEmpty()) {
            throw new CommandFailure("No such channel: " + channel);
        }
        if (HubRecords.host(runtime.session(), host).isEmpty()) {
            throw new CommandFailure("No such host: " + host);
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        if (createNew) {
            keywords.put("create", Boolean.TRUE);
        }
        if (force) {
            keywords.put("force", Boolean.TRUE);
        }
        runtime.session().call("addHostToChannel", List.of(host, channel), keywords);
        return 0;
    }
}
