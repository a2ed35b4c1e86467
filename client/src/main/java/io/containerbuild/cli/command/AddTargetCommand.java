package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CommandFailure;
import io.containerbuild.cli.CoreUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji add-target}: {@code createBuildTarget(name, build_tag, dest_tag)} after checking both tags. */
@Command(name = "add-target",
        customSynopsis = {"${COMMAND-FULL-NAME} <name> <build tag> <dest tag>", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[admin] Create a new build target",
                "Builds for the target run with the build tag's arches and land in the destination tag; "
                        + "without <dest tag> it is the tag named like the target."})
public final class AddTargetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public AddTargetCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.size() < 2) {
            throw new ParameterException(spec.commandLine(),
                    "Please specify a target name, a build tag, and destination tag");
        }
        if (args.size() > 3) {
            throw new ParameterException(spec.commandLine(), "Incorrect number of arguments");
        }
        String name = args.get(0);
        String buildTag = args.get(1);
        // most targets have the same name as their destination
        String destTag = args.size() > 2 ? args.get(2) : name;
        runtime.activateSession();
        TagPermission.require(runtime, spec, "target");
        Map<String, Object> build = HubRecords.tag(runtime.session(), buildTag)
                .orElseThrow(() -> new CommandFailure("No such tag: " + buildTag));
        Object buildArches = build.get("arches");
        if (buildArches == null || buildArches.toString().isBlank()) {
            throw new CommandFailure("Build tag has no arches: " + buildTag);
        }
        if (HubRecords.tag(runtime.session(), destTag).isEmpty()) {
            throw new CommandFailure("No such destination tag: " + destTag);
        }
        runtime.session().call("createBuildTarget", name, buildTag, destTag);
        return 0;
    }
}
