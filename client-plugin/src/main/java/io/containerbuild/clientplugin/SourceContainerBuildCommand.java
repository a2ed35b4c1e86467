package io.containerbuild.clientplugin;

import io.containerbuild.options.Audience;
import io.containerbuild.options.OptionsCodec;
import io.containerbuild.options.OptionsValidator;
import io.containerbuild.options.SourceContainerBuildOptions;
import io.containerbuild.options.Violation;
import io.containerbuild.plugin.client.ClientCommand;
import io.containerbuild.plugin.client.ClientContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji source-container-build}: packages the sources of an existing image build as a source container. */
@Command(name = "source-container-build",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] target", BinaryBuildCommand.GLOBAL_HELP_HINT},
        description = {"[build] Build a sourcecontainer",
                "Names the image build with --koji-build-id or --koji-build-nvr (at least one)."})
public final class SourceContainerBuildCommand implements ClientCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaitOptions waiting;

    @Option(names = "--scratch", description = "Perform a scratch build")
    Boolean scratch;

    @Option(names = "--signing-intent", paramLabel = "SIGNING_INTENT", description = "ODCS signing intent of the composes")
    String signingIntent;

    @Option(names = "--koji-build-id", paramLabel = "ID", description = "Koji id of the image build")
    Integer kojiBuildId;

    @Option(names = "--koji-build-nvr", paramLabel = "NVR", description = "N-V-R of the image build")
    String kojiBuildNvr;

    @Option(names = "--userdata", paramLabel = "JSON", description = "JSON object of custom metadata for the build")
    String userdata;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientContext context;

    @Inject
    public SourceContainerBuildCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (args.size() != 1) {
            throw new ParameterException(spec.commandLine(), "Exactly one argument (a build target) is required");
        }
        SourceContainerBuildOptions.Builder options = SourceContainerBuildOptions.builder()
                .scratch(scratch)
                .signingIntent(signingIntent)
                .kojiBuildId(kojiBuildId)
                .kojiBuildNvr(kojiBuildNvr);
        List<Violation> violations = new OptionsValidator().validate(options.build(), Audience.CLI);
        if (!violations.isEmpty()) {
            throw new ParameterException(spec.commandLine(), violations.get(0).message());
        }
        options.userdata(UserDataOption.parse(userdata, spec));
        String target = args.get(0);
        List<Object> arguments = List.of(target, new OptionsCodec().encode(options.build()));
        return new BuildSubmission(context, spec, waiting).submit(target, Boolean.TRUE.equals(scratch),
                "buildSourceContainer", arguments);
    }
}
