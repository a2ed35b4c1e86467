package io.containerbuild.osbs.pipeline;

import io.containerbuild.build.Nvr;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.cgimport.ImageReadme;
import io.containerbuild.osbs.cgimport.ImportRequest;
import io.containerbuild.osbs.cgimport.PlatformImage;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.engine.ContainerEngine;
import io.containerbuild.osbs.engine.ImageBuildSpec;
import io.containerbuild.osbs.engine.ImageFacts;
import io.containerbuild.osbs.engine.RpmPackage;
import io.containerbuild.osbs.koji.KojiConnector;
import io.containerbuild.osbs.koji.Reservation;
import io.containerbuild.osbs.naming.BuildKind;
import io.containerbuild.osbs.naming.ImageRepository;
import io.containerbuild.osbs.naming.TagPlan;
import io.containerbuild.osbs.recipe.Dockerfile;
import io.containerbuild.osbs.recipe.LabelValue;
import io.containerbuild.osbs.release.ReleaseReservation;
import io.containerbuild.osbs.scheduling.EngineLease;
import io.containerbuild.osbs.scheduling.EnginePool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One binary build, from engine slot to results (§7.2): take a slot, settle and reserve the release,
 * write the final labels, build with the log streamed, push every tag, import into Koji and tag the
 * build. Whatever happens, an unused reservation is refunded and the engine cleaned up.
 */
public final class BinaryBuildPipeline {

    private final BinaryBuildPlan plan;
    private final EnginePool pool;
    private final Clock clock;
    private final BuildProgress progress;
    private final AbortSwitch abort;
    private final Steps steps;
    private final BuildResources resources;

    public BinaryBuildPipeline(BinaryBuildPlan plan, EnginePool pool, Optional<KojiConnector> koji, Clock clock,
                               BuildProgress progress, AbortSwitch abort) {
        this.plan = plan;
        this.pool = pool;
        this.clock = clock;
        this.progress = progress;
        this.abort = abort;
        this.steps = new Steps(abort, koji.map(k -> k.account().hubUrl().toString()).orElse("(none)"));
        this.resources = new BuildResources(plan.name(), koji, progress, this::say, plan.checkout());
    }

    /** Runs the build; throws {@link StepFailure} or {@link BuildStopped} when it does not succeed. */
    public BuildResults run() {
        boolean succeeded = false;
        try {
            BuildResults results = build();
            succeeded = true;
            return results;
        } finally {
            resources.release(succeeded, plan.instance().cleanupUsedResources());
        }
    }

    private BuildResults build() {
        Instant start = clock.instant();
        String platform = plan.platform();
        String buildStep = "build-" + platform;
        EngineLease lease = steps.run("engine-slot", () -> pool.acquire(plan.instance().enginesFor(platform), abort,
                () -> {
                    progress.pending();
                    say("Waiting for a free slot on an engine for " + platform);
                })).orElseThrow(() -> new BuildStopped("engine-slot"));
        resources.lease(lease);
        progress.running();
        ContainerEngine engine = lease.engine();
        String engineVersion = steps.run(buildStep, engine::version);
        say("Building on engine " + lease.endpoint().name() + " (" + engine.endpoint() + ", Docker " + engineVersion + ")");

        String release = steps.run("koji-reserve", this::settleRelease);
        Map<String, String> finalLabels = BuildLabels.finalLabels(release, platform, start,
                plan.request().gitUri(), plan.commit());
        TagPlan tags = TagPlan.plan(plan.kind(), plan.uniqueTag(), tagLabels(finalLabels), floatingTemplates(),
                progress::userWarning);
        ImageRepository repository = new ImageRepository(plan.instance().registry().host(),
                plan.recipe().identity().name());

        Dockerfile dockerfile = plan.recipe().dockerfile()
                .withLabelAfterEveryFrom(BuildLabels.BUILD_NAME, plan.name())
                .withLabelsAppended(finalLabels);
        steps.run("prebuild", () -> Files.writeString(plan.checkout().resolve("Dockerfile"), dockerfile.text(),
                StandardCharsets.UTF_8));
        say("Final Dockerfile:\n" + dockerfile.text().strip());

        String imageId = steps.run(buildStep, () -> engine.build(
                new ImageBuildSpec(plan.checkout(), repository.withTag(plan.uniqueTag()), true),
                line -> progress.log(platform, line), abort));
        ImageFacts facts = steps.run(buildStep, () -> engine.inspect(imageId));
        String base = plan.recipe().dockerfile().finalBaseImage();
        Optional<String> parentId = base.equals("scratch") ? Optional.empty()
                : steps.run(buildStep, () -> engine.imageId(base));
        List<RpmPackage> rpms = facts.hasRpm()
                ? steps.run(buildStep, () -> engine.rpms(imageId, BuildLabels.BUILD_NAME, plan.name())) : List.of();

        PushedImage pushed = steps.run("push", () -> new ImagePublisher(engine,
                plan.instance().registry().credentials(), abort, this::say).publish(imageId, repository, tags));

        OptionalInt kojiBuildId = OptionalInt.empty();
        if (plan.kind() != BuildKind.SCRATCH) {
            PlatformImage image = new PlatformImage(platform, facts, parentId, pushed.digest(),
                    pushed.allPullSpecs(), tags.all(), rpms,
                    ImageReadme.archive(facts.id(), platform, pushed.allPullSpecs(), start));
            Nvr nvr = new Nvr(plan.recipe().identity().component(), plan.recipe().identity().version(), release);
            ImportRequest request = new ImportRequest(nvr, plan.kind(), plan.name(),
                    plan.request().gitUri() + "#" + plan.commit(), plan.request().user(),
                    resources.koji().account().user(), resources.koji().account().contentGenerator(),
                    resources.reservation().map(r -> OptionalInt.of(r.buildId())).orElse(OptionalInt.empty()),
                    plan.request().kojiTaskId(), start, clock.instant(), plan.request().userdata(), List.of(base),
                    Optional.empty(), engineVersion, List.of(image));
            int buildId = KojiSteps.importAndTag(steps, resources, clock, this::say, request, plan.request().target(),
                    plan.deadline());
            kojiBuildId = OptionalInt.of(buildId);
        }
        return new BuildResults(pushed.pullSpecs(tags.primary()), pushed.pullSpecs(tags.unique()),
                pushed.pullSpecs(tags.floating()), kojiBuildId, pushed.digestsByPullSpec());
    }

    /** The release, reserved in Koji with its NVR unless the build is scratch. */
    private String settleRelease() {
        String component = plan.recipe().identity().component();
        String version = plan.recipe().identity().version();
        if (plan.kind() == BuildKind.SCRATCH) {
            say("Scratch build: the release is the build name, and Koji is not asked");
            return plan.name();
        }
        ReleaseReservation releases = new ReleaseReservation(resources.hub(),
                resources.koji().account().contentGenerator(), this::say);
        Reservation reserved = plan.explicitRelease()
                .map(release -> releases.reserveExplicit(new Nvr(component, version, release)))
                .orElseGet(() -> releases.reserveNext(component, version));
        resources.hold(reserved);
        return reserved.nvr().release();
    }

    /** The labels tag templates may name: the Dockerfile's, then the ones the build sets. */
    private Map<String, String> tagLabels(Map<String, String> finalLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, LabelValue> label : plan.recipe().dockerfile().finalStageLabels().entrySet()) {
            labels.put(label.getKey(), label.getValue().resolved());
        }
        labels.put("name", plan.recipe().identity().name());
        labels.put("version", plan.recipe().identity().version());
        labels.putAll(finalLabels);
        return labels;
    }

    private List<String> floatingTemplates() {
        return plan.recipe().containerYaml().tagsGiven() ? plan.recipe().containerYaml().tags()
                : TagPlan.defaultFloating(plan.recipe().additionalTags());
    }

    private void say(String line) {
        for (String part : line.split("\n")) {
            progress.log(BuildLogLine.NOARCH, part);
        }
    }
}
