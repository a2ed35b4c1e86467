package io.containerbuild.clientplugin;

import io.containerbuild.arch.Arches;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.options.Audience;
import io.containerbuild.options.ContainerBuildOptions;
import io.containerbuild.options.OptionsCodec;
import io.containerbuild.options.OptionsValidator;
import io.containerbuild.options.Violation;
import io.containerbuild.plugin.client.ClientCommand;
import io.containerbuild.plugin.client.ClientContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code container-build} and {@code flatpak-build}: check the options in upstream's order, build {@code opts} from
 * the options given only, and submit {@code buildContainer(src, target, opts, priority=...)}.
 */
abstract class BinaryBuildCommand implements ClientCommand, Callable<Integer> {

    static final String GLOBAL_HELP_HINT = "(Specify the --help global option for a list of other help options)";

    @Spec
    CommandSpec spec;

    @Mixin
    WaitOptions waiting;

    @Option(names = "--scratch", description = "Perform a scratch build: not imported into Koji, any NVR")
    Boolean scratch;

    @Option(names = "--isolated", description = "Perform an isolated build, e.g. a fix of a released image "
            + "(usually with --release)")
    Boolean isolated;

    @Option(names = "--arch-override", paramLabel = "ARCHES",
            description = "Build only these arches (comma or space separated); requires --scratch or --isolated")
    String archOverride;

    @Option(names = "--replace-dependency", paramLabel = "pkg_manager:name:version[:new_name]",
            description = "Cachito dependency replacement; repeat for more")
    List<String> replaceDependency;

    @Option(names = "--repo-url", paramLabel = "REPO_URL",
            description = "URL of a yum repo file to use in the build; repeat for more")
    List<String> repoUrl;

    @Option(names = "--git-branch", paramLabel = "GIT_BRANCH",
            description = "The git branch the commit belongs to (required)")
    String gitBranch;

    @Option(names = "--signing-intent", paramLabel = "SIGNING_INTENT",
            description = "ODCS signing intent of the composes; cannot be used with --compose-id")
    String signingIntent;

    @Option(names = "--compose-id", paramLabel = "COMPOSE_ID",
            description = "ODCS compose to use instead of requesting one; repeat for more; "
                    + "cannot be used with --signing-intent")
    List<Integer> composeId;

    @Option(names = "--userdata", paramLabel = "JSON",
            description = "JSON object of custom metadata passed through to the build, e.g. '{\"ticket\": \"42\"}'")
    String userdata;

    @Option(names = "--operator-csv-modifications-url", paramLabel = "URL",
            description = "URL of a JSON file with operator CSV modifications; --isolated builds only")
    String operatorCsvModificationsUrl;

    @Option(names = "--release", description = "Set the release value of the image")
    String release;

    @Option(names = "--koji-parent-build", paramLabel = "NVR",
            description = "Use this Koji image build as the parent image")
    String kojiParentBuild;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientContext context;

    BinaryBuildCommand(ClientContext context) {
        this.context = context;
    }

    /** TRUE for a Flatpak, null (not sent) for a container. */
    abstract Boolean flatpak();

    @Override
    public Integer call() {
        if (args.size() != 2) {
            throw usage("Exactly two arguments (a build target and a SCM URL) are required");
        }
        String target = args.get(0);
        String source = args.get(1);
        if (!source.contains("://")) {
            throw usage("scm URL does not look like an URL to a source repository");
        }
        if (!source.contains("#")) {
            // upstream's message, stray parenthesis included
            throw usage("scm URL must be of the form <url_to_repository>#<revision>)");
        }
        ContainerBuildOptions.Builder options = ContainerBuildOptions.builder()
                .flatpak(flatpak())
                .archOverride(archOverride)
                .scratch(scratch)
                .yumRepoUrls(repoUrl)
                .gitBranch(gitBranch)
                .signingIntent(signingIntent)
                .composeIds(composeId)
                .dependencyReplacements(replaceDependency)
                .operatorCsvModificationsUrl(operatorCsvModificationsUrl)
                .release(release)
                .isolated(isolated)
                .kojiParentBuild(kojiParentBuild);
        List<Violation> violations = new OptionsValidator().validate(options.build(), Audience.CLI);
        if (!violations.isEmpty()) {
            throw usage(violations.get(0).message());
        }
        if (archOverride != null) {
            try {
                options.archOverride(Arches.normalize(archOverride));
            } catch (KojiFault e) {
                throw usage("--arch-override: " + e.getMessage());
            }
        }
        options.userdata(UserDataOption.parse(userdata, spec));
        List<Object> arguments = List.of(source, target, new OptionsCodec().encode(options.build()));
        return new BuildSubmission(context, spec, waiting).submit(target, Boolean.TRUE.equals(scratch), "buildContainer",
                arguments);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
