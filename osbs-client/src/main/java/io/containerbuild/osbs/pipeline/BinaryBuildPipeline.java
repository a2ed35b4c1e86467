package io.containerbuild.osbs.pipeline;

import io.containerbuild.build.Nvr;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.cgimport.ImageIndex;
import io.containerbuild.osbs.cgimport.ImageReadme;
import io.containerbuild.osbs.cgimport.ImportRequest;
import io.containerbuild.osbs.cgimport.PlatformImage;
import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.koji.KojiConnector;
import io.containerbuild.osbs.koji.Reservation;
import io.containerbuild.osbs.naming.BuildKind;
import io.containerbuild.osbs.naming.ImageRepository;
import io.containerbuild.osbs.naming.TagPlan;
import io.containerbuild.osbs.recipe.Dockerfile;
import io.containerbuild.osbs.recipe.LabelValue;
import io.containerbuild.osbs.registry.RegistryClient;
import io.containerbuild.osbs.release.ReleaseReservation;
import io.containerbuild.osbs.scheduling.EnginePool;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One binary build (§7.2): check that every platform has an engine that answers, settle and reserve
 * the release, build each platform on an engine of its own (in parallel, each with its own
 * Dockerfile carrying the final labels), tag and push (one platform: the image under every tag;
 * several: each platform's image under {@code <unique>-<platform>} and a manifest list under every
 * tag), import into Koji and tag the build. However it ends, an unused reservation is refunded and
 * the engines cleaned up.
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
        for (String platform : plan.platforms()) {
            steps.run("build-" + platform, () -> checkEnginesAnswer(platform));
        }
        String release = steps.run("koji-reserve", this::settleRelease);
        TagPlan tags = TagPlan.plan(plan.kind(), plan.uniqueTag(), tagLabels(BuildLabels.finalLabels(release,
                plan.platforms().get(0), start, plan.request().gitUri(), plan.commit())), floatingTemplates(),
                progress::userWarning);
        ImageRepository repository = new ImageRepository(plan.instance().registry().host(),
                plan.recipe().identity().name());

        boolean severalPlatforms = plan.platforms().size() > 1;
        List<PlatformOutcome> platforms = buildPlatforms(release, start, repository, severalPlatforms);
        PushedImage pushed = severalPlatforms
                ? steps.run("push", () -> new ManifestListPublisher(new RegistryClient(plan.instance().registry()),
                        this::say).publish(repository, platforms, tags))
                : steps.run("push", () -> new ImagePublisher(platforms.get(0).engine(),
                        plan.instance().registry().credentials(), abort, this::say)
                        .publish(platforms.get(0).imageId(), repository, tags));

        OptionalInt kojiBuildId = OptionalInt.empty();
        if (plan.kind() != BuildKind.SCRATCH) {
            Nvr nvr = new Nvr(plan.recipe().identity().component(), plan.recipe().identity().version(), release);
            List<PlatformImage> images = new ArrayList<>();
            for (PlatformOutcome platform : platforms) {
                List<String> imageTags = severalPlatforms ? List.of(platform.platformTag().orElseThrow()) : tags.all();
                String digest = severalPlatforms ? platform.platformDigest().orElseThrow() : pushed.digest();
                List<String> pullSpecs = new ArrayList<>(imageTags.stream().map(repository::withTag).toList());
                pullSpecs.add(repository.withDigest(digest));
                images.add(new PlatformImage(platform.platform(), platform.facts(), platform.parentId(), digest,
                        pullSpecs, imageTags, platform.rpms(),
                        ImageReadme.archive(platform.facts().id(), platform.platform(), pullSpecs, start)));
            }
            Optional<ImageIndex> index = severalPlatforms
                    ? Optional.of(new ImageIndex(tags.primary(), tags.floating(), tags.unique(),
                            List.of(repository.withDigest(pushed.digest()), repository.withTag(
                                    plan.recipe().identity().version() + "-" + release)), pushed.digest()))
                    : Optional.empty();
            ImportRequest request = new ImportRequest(nvr, plan.kind(), plan.name(),
                    plan.request().gitUri() + "#" + plan.commit(), plan.request().user(),
                    resources.koji().account().user(), resources.koji().account().contentGenerator(),
                    resources.reservation().map(r -> OptionalInt.of(r.buildId())).orElse(OptionalInt.empty()),
                    plan.request().kojiTaskId(), start, clock.instant(), plan.request().userdata(),
                    List.of(plan.recipe().dockerfile().finalBaseImage()), Optional.empty(),
                    platforms.get(0).engineVersion(), images, index);
            kojiBuildId = OptionalInt.of(KojiSteps.importAndTag(steps, resources, clock, this::say, request,
                    plan.request().target(), plan.deadline()));
        }
        return new BuildResults(pushed.pullSpecs(tags.primary()), pushed.pullSpecs(tags.unique()),
                pushed.pullSpecs(tags.floating()), kojiBuildId, pushed.digestsByPullSpec());
    }

    /** Builds every platform: one in this thread, several in parallel, stopping the others when one fails. */
    private List<PlatformOutcome> buildPlatforms(String release, Instant start, ImageRepository repository,
                                                 boolean severalPlatforms) {
        if (!severalPlatforms) {
            String platform = plan.platforms().get(0);
            return List.of(new PlatformBuild(plan, platform, pool, resources, progress, abort, steps, this::say)
                    .run(dockerfile(release, platform, start), repository, false));
        }
        AbortSwitch siblings = new AbortSwitch();
        AbortSwitch.Registration linked = abort.register(() -> siblings.abort(abort.reason()
                .orElse(AbortSwitch.Reason.CANCELLED)));
        Steps siblingSteps = new Steps(siblings, "(none)");
        ExecutorService threads = Executors.newFixedThreadPool(plan.platforms().size(), runnable -> {
            Thread thread = new Thread(runnable, plan.name() + "-platform");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<PlatformOutcome>> futures = new ArrayList<>();
            for (String platform : plan.platforms()) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return new PlatformBuild(plan, platform, pool, resources, progress, siblings, siblingSteps,
                                this::say).run(dockerfile(release, platform, start), repository, true);
                    } catch (RuntimeException e) {
                        // the first failure stops the other platforms; it is the one reported
                        siblings.abort(AbortSwitch.Reason.CANCELLED);
                        throw e;
                    }
                }, threads));
            }
            List<PlatformOutcome> outcomes = new ArrayList<>();
            RuntimeException firstFailure = null;
            for (CompletableFuture<PlatformOutcome> future : futures) {
                try {
                    outcomes.add(future.join());
                } catch (CompletionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
                    if (firstFailure == null || firstFailure instanceof BuildStopped && cause instanceof StepFailure) {
                        firstFailure = cause;
                    }
                }
            }
            if (firstFailure != null) {
                steps.checkNotStopped("build");
                throw firstFailure;
            }
            return outcomes;
        } finally {
            linked.close();
            threads.shutdownNow();
        }
    }

    /** The platform's Dockerfile: the build's marker after every FROM, the final labels at the end. */
    private Dockerfile dockerfile(String release, String platform, Instant start) {
        Dockerfile dockerfile = plan.recipe().dockerfile()
                .withLabelAfterEveryFrom(BuildLabels.BUILD_NAME, plan.name())
                .withLabelsAppended(BuildLabels.finalLabels(release, platform, start, plan.request().gitUri(),
                        plan.commit()));
        say("Dockerfile for " + platform + ":\n" + dockerfile.text().strip());
        return dockerfile;
    }

    /** Fails naming every endpoint unless some engine for the platform answers (before anything is reserved). */
    private Void checkEnginesAnswer(String platform) {
        List<String> problems = new ArrayList<>();
        for (EngineEndpoint endpoint : plan.instance().enginesFor(platform)) {
            try {
                pool.engine(endpoint).version();
                return null;
            } catch (RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
        throw new IllegalStateException("no engine for " + platform + " answers: " + String.join("; ", problems));
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
