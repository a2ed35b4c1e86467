package io.containerbuild.cli.command;

import io.containerbuild.arch.Arches;
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

/** {@code koji add-tag}: {@code createTag(name, parent=, arches=, maven_support=, maven_include_all=, extra=)}. */
@Command(name = "add-tag",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <name>", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[admin] Add a new tag to the database",
                "A build tag needs --arches: container builds run for the tag's arches."})
public final class AddTagCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--parent", description = "Set a parent tag with priority 0")
    String parent;

    @Option(names = "--arches", description = "Specify arches, comma or space separated, e.g. x86_64,aarch64")
    String arches;

    @Option(names = "--maven-support", description = "Enable creation of Maven repos for this tag")
    boolean mavenSupport;

    @Option(names = "--include-all", description = "Include all packages in this tag when generating Maven repos")
    boolean includeAll;

    @Option(names = {"-x", "--extra"}, paramLabel = "key=value", description = "Set tag extra option")
    List<String> extra = new ArrayList<>();

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public AddTagCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.size() != 1) {
            throw new ParameterException(spec.commandLine(), "Please specify a name for the tag");
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        if (parent != null) {
            keywords.put("parent", parent);
        }
        if (arches != null) {
            keywords.put("arches", Arches.normalize(arches));
        }
        if (mavenSupport) {
            keywords.put("maven_support", Boolean.TRUE);
        }
        if (includeAll) {
            keywords.put("maven_include_all", Boolean.TRUE);
        }
        if (!extra.isEmpty()) {
            keywords.put("extra", TagExtras.parse(extra, spec));
        }
        runtime.activateSession();
        TagPermission.require(runtime, spec, "tag");
        runtime.session().call("createTag", List.of(args.get(0)), keywords);
        return 0;
    }
}
