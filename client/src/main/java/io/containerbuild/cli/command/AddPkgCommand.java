package io.containerbuild.cli.command;

import io.containerbuild.arch.Arches;
import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CommandFailure;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.cli.watch.TaskRecords;
import io.containerbuild.wire.Call;
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

/** {@code koji add-pkg}: {@code packageListAdd(tag, package, owner, force=, block=False)} in one multicall. */
@Command(name = "add-pkg",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] --owner <owner> <tag> <package> [<package> ...]",
                CoreUsage.GLOBAL_HELP_HINT},
        description = {"[admin] Add a package to the listing for tag",
                "A container build's component must be listed on the destination tag."})
public final class AddPkgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Override blocks if necessary")
    boolean force;

    @Option(names = "--owner", description = "Specify owner")
    String owner;

    @Option(names = "--extra-arches", description = "Specify extra arches")
    String extraArches;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public AddPkgCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.size() < 2) {
            throw new ParameterException(spec.commandLine(), "Please specify a tag and at least one package");
        }
        if (owner == null || owner.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Please specify an owner for the package(s)");
        }
        runtime.activateSession();
        if (HubRecords.user(runtime.session(), owner).isEmpty()) {
            throw new CommandFailure("No such user: " + owner);
        }
        String tag = args.get(0);
        Map<String, Object> dest = HubRecords.tag(runtime.session(), tag).orElse(null);
        if (dest == null) {
            runtime.out().println("No such tag: " + tag);
            return 1;
        }
        List<String> listed = HubRecords.packageNames(runtime.session(), TaskRecords.intField(dest, "id"), false);
        List<String> toAdd = new ArrayList<>();
        for (String pkg : args.subList(1, args.size())) {
            if (listed.contains(pkg)) {
                runtime.out().println("Package " + pkg + " already exists in tag " + tag);
            } else {
                toAdd.add(pkg);
            }
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("force", force);
        keywords.put("block", Boolean.FALSE);
        if (extraArches != null) {
            keywords.put("extra_arches", Arches.normalize(extraArches));
        }
        runtime.out().println("Adding " + toAdd.size() + " packages to tag " + dest.get("name"));
        List<Call> calls = new ArrayList<>();
        for (String pkg : toAdd) {
            calls.add(new Call("packageListAdd", List.<Object>of(tag, pkg, owner), keywords));
        }
        MultiCalls.strict(runtime.session(), calls);
        return 0;
    }
}
