package io.containerbuild.builderplugin;

import static io.containerbuild.options.OptionsRule.GIT_BRANCH_REQUIRED;
import static io.containerbuild.options.OptionsRule.SCRATCH_AND_ISOLATED;
import static io.containerbuild.options.OptionsRule.SKIP_BUILD_REMOVED;

import io.containerbuild.builderplugin.ContainerTask.PinnedTarget;
import io.containerbuild.builderplugin.dockerfile.DockerfileLabels;
import io.containerbuild.builderplugin.dockerfile.ImageIdentity;
import io.containerbuild.builderplugin.dockerfile.ImageLabels;
import io.containerbuild.builderplugin.hub.NvrCheck;
import io.containerbuild.builderplugin.osbs.BinaryBuildRequestFactory;
import io.containerbuild.builderplugin.osbs.OsbsProvider;
import io.containerbuild.builderplugin.osbs.OsbsSection;
import io.containerbuild.builderplugin.scm.FetchedDockerfile;
import io.containerbuild.builderplugin.scm.GitRemote;
import io.containerbuild.builderplugin.scm.LabelCheckout;
import io.containerbuild.builderplugin.task.OptionRules;
import io.containerbuild.fault.BuildError;
import io.containerbuild.options.ContainerBuildOptions;
import io.containerbuild.options.ContainerBuildRequest;
import io.containerbuild.options.OptionsCodec;
import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.plugin.builder.TaskContext;
import io.containerbuild.plugin.builder.TaskHandler;
import io.containerbuild.scm.ScmUrl;
import io.containerbuild.task.TaskMethod;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code buildContainer(src, target, opts=None)}: binary containers and Flatpaks, checked in
 * upstream's order (koji-containerbuild's {@code BuildContainerTask}):
 * <ol>
 *   <li>the parameters' schema, then the git branch, then scratch with isolated;
 *   <li>the target at the hub's last event, then the platforms from its build tag;
 *   <li>for a Flatpak, the client's Flatpak support; otherwise the allowed SCMs, the Dockerfile
 *       checkout and its labels, then (not scratch) the destination tag's package list;
 *   <li>the source is an SCM URL at all; then (not scratch) the NVR is free;
 *   <li>{@code skip_build}, the owner, the allowed SCMs again, the platforms, signing intent with
 *       compose ids; then the build is started and followed to the result.
 * </ol>
 * Flatpaks skip the checkout, label, package-list and NVR checks, as upstream does
 * (koji-containerbuild #189); OSBS checks them.
 */
public final class BuildContainerTaskHandler implements TaskHandler {

    private static final Signature SIGNATURE = Signature.builder(TaskMethod.BUILD_CONTAINER.methodName())
            .required("src", "target")
            .optional("opts", null)
            .build();
    private static final OptionsCodec CODEC = new OptionsCodec();

    private final OsbsProvider osbsProvider;
    private final LabelCheckout checkout;

    @Inject
    public BuildContainerTaskHandler(OsbsProvider osbsProvider, GitRemote gitRemote) {
        this.osbsProvider = osbsProvider;
        this.checkout = new LabelCheckout(gitRemote);
    }

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public double weight() {
        return TaskMethod.BUILD_CONTAINER.weight();
    }

    @Override
    public Object handle(TaskContext context, Arguments arguments) {
        ContainerBuildRequest request = CODEC.decodeContainerBuildParams(
                Arrays.asList(arguments.raw("src"), arguments.raw("target"), arguments.raw("opts")));
        ContainerBuildOptions options = request.options();
        OptionRules rules = OptionRules.of(options);
        rules.enforce(GIT_BRANCH_REQUIRED);
        rules.enforce(SCRATCH_AND_ISOLATED);

        try (ContainerTask task = ContainerTask.open(context, TaskMethod.BUILD_CONTAINER, OsbsSection.DEFAULT_BINARY,
                osbsProvider)) {
            PinnedTarget pinned = task.targetAtLastEvent(request.target());
            List<String> platforms = task.hub().buildTagArches(pinned.target().buildTagId(), pinned.eventId())
                    .platforms(options.archOverride(), options.isScratch() || options.isIsolated());

            Optional<ImageIdentity> identity = Optional.empty();
            if (options.isFlatpak()) {
                if (!task.osbs().get().flatpakSupported()) {
                    throw new BuildError("osbs-client on koji builder doesn't have Flatpak support");
                }
            } else {
                identity = Optional.of(readLabels(task, request.src(), options));
                if (!options.isScratch()) {
                    task.checkWhitelist(pinned.target(), identity.get().component());
                }
            }
            if (!ScmUrl.isScmUrl(request.src())) {
                throw new BuildError("Invalid source specification: " + request.src());
            }
            if (!options.isScratch()) {
                identity.flatMap(ImageIdentity::expectedNvr).ifPresent(nvr -> new NvrCheck(task.hub(), task.log()).check(nvr));
            }

            rules.enforce(SKIP_BUILD_REMOVED);
            if (Boolean.FALSE.equals(options.skipBuild())) {
                task.log().warning("deprecated option 'skip_build' in build params");
            }
            String owner = task.ownerName();
            ScmUrl scm = task.allowedScm(request.src());
            BinaryBuildRequest osbsRequest = BinaryBuildRequestFactory.create(scm, owner, pinned.target(),
                    context.taskId(), platforms, options, task.osbs());
            return task.build("create_binary_container_build", osbs -> osbs.createBinaryContainerBuild(osbsRequest),
                    platforms, options.isScratch()).toWire();
        }
    }

    /** The Dockerfile's component and expected NVR, from a checkout of the source. */
    private ImageIdentity readLabels(ContainerTask task, String src, ContainerBuildOptions options) {
        ScmUrl scm = task.allowedScm(src);
        TaskContext context = task.context();
        FetchedDockerfile dockerfile = checkout.fetch(scm, context.workDir(), context.output(), context.cancellation());
        return ImageLabels.identify(DockerfileLabels.finalStage(dockerfile.content()), options.release(),
                dockerfile.additionalTags());
    }
}
