package io.containerbuild.builderplugin;

import io.containerbuild.builderplugin.ContainerTask.PinnedTarget;
import io.containerbuild.builderplugin.hub.SourceImage;
import io.containerbuild.builderplugin.hub.SourceImages;
import io.containerbuild.builderplugin.osbs.OsbsProvider;
import io.containerbuild.builderplugin.osbs.OsbsSection;
import io.containerbuild.options.Audience;
import io.containerbuild.options.InvalidOptionsException;
import io.containerbuild.options.OptionsCodec;
import io.containerbuild.options.OptionsProblem;
import io.containerbuild.options.OptionsValidator;
import io.containerbuild.options.SourceContainerBuildOptions;
import io.containerbuild.options.SourceContainerBuildRequest;
import io.containerbuild.options.UserData;
import io.containerbuild.options.Violation;
import io.containerbuild.osbs.SourceBuildRequest;
import io.containerbuild.plugin.builder.TaskContext;
import io.containerbuild.plugin.builder.TaskHandler;
import io.containerbuild.task.TaskMethod;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * {@code buildSourceContainer(target, opts=None)}: a source container for an existing image build
 * (koji-containerbuild's {@code BuildSourceContainerTask}). Upstream's order: the parameters'
 * schema (which asks for the image build's id or NVR), the target at the hub's last event, the
 * image build (it exists, id and NVR agree, it is an image and not itself a source container), then
 * (not scratch) the destination tag's package list for {@code <name>-source}; then the build is
 * started and followed to the result. No SCM, no platforms, no NVR check.
 */
public final class BuildSourceContainerTaskHandler implements TaskHandler {

    private static final Signature SIGNATURE = Signature.builder(TaskMethod.BUILD_SOURCE_CONTAINER.methodName())
            .required("target")
            .optional("opts", null)
            .build();
    private static final OptionsCodec CODEC = new OptionsCodec();

    private final OsbsProvider osbsProvider;

    @Inject
    public BuildSourceContainerTaskHandler(OsbsProvider osbsProvider) {
        this.osbsProvider = osbsProvider;
    }

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public double weight() {
        return TaskMethod.BUILD_SOURCE_CONTAINER.weight();
    }

    @Override
    public Object handle(TaskContext context, Arguments arguments) {
        SourceContainerBuildRequest request = CODEC.decodeSourceContainerBuildParams(
                Arrays.asList(arguments.raw("target"), arguments.raw("opts")));
        SourceContainerBuildOptions options = request.options();
        List<Violation> violations = new OptionsValidator().validate(options, Audience.BUILDER);
        if (!violations.isEmpty()) {
            // upstream's schema asks for the id or the NVR, so this is a schema error like the others
            throw new InvalidOptionsException(List.of(new OptionsProblem("opts", violations.get(0).message())));
        }

        try (ContainerTask task = ContainerTask.open(context, TaskMethod.BUILD_SOURCE_CONTAINER,
                OsbsSection.DEFAULT_SOURCE, osbsProvider)) {
            PinnedTarget pinned = task.targetAtLastEvent(request.target());
            SourceImage source = new SourceImages(task.hub()).resolve(options.kojiBuildId(), options.kojiBuildNvr());
            if (!options.isScratch()) {
                task.checkWhitelist(pinned.target(), source.component());
            }
            String owner = task.ownerName();
            String signingIntent = options.signingIntent() == null || options.signingIntent().isEmpty()
                    ? null
                    : options.signingIntent();
            SourceBuildRequest osbsRequest = new SourceBuildRequest(owner, source.component(), context.taskId(),
                    pinned.target().name(), options.isScratch(), source.buildId(), source.nvr(), signingIntent,
                    options.userdata() == null ? UserData.empty() : options.userdata());
            return task.build("create_source_container_build", osbs -> osbs.createSourceContainerBuild(osbsRequest),
                    List.of(), options.isScratch()).toWire();
        }
    }
}
