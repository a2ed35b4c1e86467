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

/** {@code koji edit-tag}: {@code editTag2(tag, **changes)} with only the changes given. */
@Command(name = "edit-tag",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <name>", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[admin] Alter tag information",
                "A locked destination tag refuses non-scratch container builds."})
public final class EditTagCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--arches", description = "Specify arches")
    String arches;

    @Option(names = "--perm", description = "Specify permission requirement")
    String perm;

    @Option(names = "--no-perm", description = "Remove permission requirement")
    boolean noPerm;

    @Option(names = "--lock", description = "Lock the tag")
    boolean lock;

    @Option(names = "--unlock", description = "Unlock the tag")
    boolean unlock;

    @Option(names = "--rename", description = "Rename the tag")
    String rename;

    @Option(names = "--maven-support", description = "Enable creation of Maven repos for this tag")
    boolean mavenSupport;

    @Option(names = "--no-maven-support", description = "Disable creation of Maven repos for this tag")
    boolean noMavenSupport;

    @Option(names = "--include-all", description = "Include all packages in this tag when generating Maven repos")
    boolean includeAll;

    @Option(names = "--no-include-all",
            description = "Do not include all packages in this tag when generating Maven repos")
    boolean noIncludeAll;

    @Option(names = {"-x", "--extra"}, paramLabel = "key=value", description = "Set tag extra option")
    List<String> extra = new ArrayList<>();

    @Option(names = {"-r", "--remove-extra"}, paramLabel = "key", description = "Remove tag extra option")
    List<String> removeExtra = new ArrayList<>();

    @Option(names = {"-b", "--block-extra"}, paramLabel = "key", description = "Block inherited tag extra option")
    List<String> blockExtra = new ArrayList<>();

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public EditTagCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.size() != 1) {
            throw new ParameterException(spec.commandLine(), "Please specify a name for the tag");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        if (arches != null) {
            changes.put("arches", Arches.normalize(arches));
        }
        if (noPerm) {
            changes.put("perm", null);
        } else if (perm != null) {
            changes.put("perm", perm);
        }
        // Koji applies --unlock first, so --lock wins when both are given
        if (unlock) {
            changes.put("locked", Boolean.FALSE);
        }
        if (lock) {
            changes.put("locked", Boolean.TRUE);
        }
        if (rename != null) {
            changes.put("name", rename);
        }
        if (mavenSupport) {
            changes.put("maven_support", Boolean.TRUE);
        }
        if (noMavenSupport) {
            changes.put("maven_support", Boolean.FALSE);
        }
        if (includeAll) {
            changes.put("maven_include_all", Boolean.TRUE);
        }
        if (noIncludeAll) {
            changes.put("maven_include_all", Boolean.FALSE);
        }
        if (!extra.isEmpty()) {
            changes.put("extra", TagExtras.parse(extra, spec));
        }
        changes.put("remove_extra", List.copyOf(removeExtra));
        changes.put("block_extra", List.copyOf(blockExtra));
        runtime.activateSession();
        runtime.session().call("editTag2", List.of(args.get(0)), changes);
        return 0;
    }
}
