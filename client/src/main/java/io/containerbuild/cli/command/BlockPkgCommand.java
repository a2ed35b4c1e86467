package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CommandFailure;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.cli.watch.TaskRecords;
import io.containerbuild.wire.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji block-pkg}: {@code packageListBlock(tag, package[, force=True])} in one multicall. */
@Command(name = "block-pkg",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <tag> <package> [<package> ...]", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[admin] Block a package in the listing for tag",
                "Builds of a blocked package are refused for that tag."})
public final class BlockPkgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Override blocks and owner if necessary")
    boolean force;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public BlockPkgCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.size() < 2) {
            throw new ParameterException(spec.commandLine(), "Please specify a tag and at least one package");
        }
        runtime.activateSession();
        String tag = args.get(0);
        Map<String, Object> dest = HubRecords.existingTag(runtime.session(), tag);
        List<String> listed = HubRecords.packageNames(runtime.session(), TaskRecords.intField(dest, "id"), true);
        boolean missing = false;
        for (String pkg : args.subList(1, args.size())) {
            if (!listed.contains(pkg)) {
                runtime.err().println("Package " + pkg + " doesn't exist in tag " + tag);
                missing = true;
            }
        }
        if (missing) {
            throw new CommandFailure("", 1);
        }
        List<Call> calls = new ArrayList<>();
        for (String pkg : args.subList(1, args.size())) {
            // older hubs do not know force, so it is sent only when asked for
            calls.add(force ? Call.of("packageListBlock", tag, pkg).withKeyword("force", Boolean.TRUE)
                    : Call.of("packageListBlock", tag, pkg));
        }
        MultiCalls.strict(runtime.session(), calls);
        return 0;
    }
}
