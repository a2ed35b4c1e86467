package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.engine.ContainerEngine;
import io.containerbuild.osbs.engine.ImageBuildSpec;
import io.containerbuild.osbs.engine.ImageFacts;
import io.containerbuild.osbs.engine.RpmPackage;
import io.containerbuild.osbs.naming.ImageRepository;
import io.containerbuild.osbs.recipe.Dockerfile;
import io.containerbuild.osbs.scheduling.EngineLease;
import io.containerbuild.osbs.scheduling.EnginePool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One platform of a binary build: a slot on an engine for the platform (PENDING while none is
 * free), the platform's Dockerfile ({@code Dockerfile.osbs-<platform>}, so that platforms can share
 * the context), the engine build with its log under the platform's channel, the image's facts and
 * RPMs, and, in builds of several platforms, the push of {@code <unique>-<platform>}. The slot goes
 * back when the platform is done.
 */
final class PlatformBuild {

    private final BinaryBuildPlan plan;
    private final String platform;
    private final EnginePool pool;
    private final BuildResources resources;
    private final BuildProgress progress;
    private final AbortSwitch abort;
    private final Steps steps;
    private final Consumer<String> say;

    PlatformBuild(BinaryBuildPlan plan, String platform, EnginePool pool, BuildResources resources,
                  BuildProgress progress, AbortSwitch abort, Steps steps, Consumer<String> say) {
        this.plan = plan;
        this.platform = platform;
        this.pool = pool;
        this.resources = resources;
        this.progress = progress;
        this.abort = abort;
        this.steps = steps;
        this.say = say;
    }

    /** @param pushPlatformTag whether to push {@code <unique>-<platform>} for a manifest list */
    PlatformOutcome run(Dockerfile dockerfile, ImageRepository repository, boolean pushPlatformTag) {
        String step = "build-" + platform;
        List<EngineEndpoint> candidates = plan.instance().enginesFor(platform);
        EngineLease lease = steps.run(step, () -> pool.acquire(candidates, abort, () -> {
            progress.pending();
            say.accept("Waiting for a free slot on an engine for " + platform);
        })).orElseThrow(() -> new BuildStopped(step));
        resources.lease(lease);
        try {
            progress.running();
            ContainerEngine engine = lease.engine();
            String engineVersion = steps.run(step, engine::version);
            say.accept("Building " + platform + " on engine " + lease.endpoint().name() + " (" + engine.endpoint()
                    + ", Docker " + engineVersion + ")");
            String dockerfileName = "Dockerfile.osbs-" + platform;
            steps.run("prebuild", () -> Files.writeString(plan.checkout().resolve(dockerfileName), dockerfile.text(),
                    StandardCharsets.UTF_8));
            String localTag = plan.uniqueTag() + "-" + platform;
            String imageId = steps.run(step, () -> engine.build(new ImageBuildSpec(plan.checkout(), dockerfileName,
                    repository.withTag(localTag), true), line -> progress.log(platform, line), abort));
            ImageFacts facts = steps.run(step, () -> engine.inspect(imageId));
            String base = plan.recipe().dockerfile().finalBaseImage();
            Optional<String> parentId = base.equals("scratch") ? Optional.empty()
                    : steps.run(step, () -> engine.imageId(base));
            List<RpmPackage> rpms = facts.hasRpm()
                    ? steps.run(step, () -> engine.rpms(imageId, BuildLabels.BUILD_NAME, plan.name())) : List.of();
            Optional<String> digest = Optional.empty();
            if (pushPlatformTag) {
                digest = Optional.of(steps.run("push", () -> engine.push(repository.qualified(), localTag,
                        plan.instance().registry().credentials(), say, abort)));
                say.accept("Pushed " + repository.withTag(localTag) + " as " + digest.get());
            }
            return new PlatformOutcome(platform, engine, engineVersion, imageId, facts, parentId, rpms,
                    pushPlatformTag ? Optional.of(localTag) : Optional.empty(), digest);
        } finally {
            resources.giveBack(lease);
        }
    }
}
