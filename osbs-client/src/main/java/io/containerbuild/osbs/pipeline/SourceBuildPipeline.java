package io.containerbuild.osbs.pipeline;

import io.containerbuild.build.BuildState;
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
import io.containerbuild.osbs.koji.KojiBuild;
import io.containerbuild.osbs.koji.KojiConnector;
import io.containerbuild.osbs.naming.BuildKind;
import io.containerbuild.osbs.naming.ImageRepository;
import io.containerbuild.osbs.naming.TagPlan;
import io.containerbuild.osbs.recipe.Dockerfile;
import io.containerbuild.osbs.release.ReleaseReservation;
import io.containerbuild.osbs.scheduling.EngineLease;
import io.containerbuild.osbs.scheduling.EnginePool;
import io.containerbuild.osbs.source.SourceCheckout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A source container (§6.5): the original image build's source tree at its commit, packed as one
 * layer on {@code scratch}, labelled, pushed as {@code <original repository>-source}, and imported as
 * {@code <name>-source} with release {@code <original release>.<n>} ({@code .scratch} for scratch
 * builds, which are not imported).
 */
public final class SourceBuildPipeline {

    static final String SOURCES_DIR = "sources";

    private final SourceBuildPlan plan;
    private final EnginePool pool;
    private final Clock clock;
    private final BuildProgress progress;
    private final AbortSwitch abort;
    private final Steps steps;
    private final BuildResources resources;

    public SourceBuildPipeline(SourceBuildPlan plan, EnginePool pool, Optional<KojiConnector> koji, Clock clock,
                               BuildProgress progress, AbortSwitch abort) {
        this.plan = plan;
        this.pool = pool;
        this.clock = clock;
        this.progress = progress;
        this.abort = abort;
        this.steps = new Steps(abort, koji.map(k -> k.account().hubUrl().toString()).orElse("(none)"));
        this.resources = new BuildResources(plan.name(), koji, progress, this::say, plan.workDir());
    }

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
        boolean scratch = plan.request().scratch();
        KojiBuild original = steps.run("fetch-sources", this::originalBuild);
        String[] source = original.source().orElseThrow().split("#", 2);
        Path tree = plan.workDir().resolve(SOURCES_DIR).resolve(original.nvr().toString());
        steps.run("fetch-sources", () -> {
            SourceCheckout.atCommit(source[0], source[1], tree);
            return null;
        });
        say("Fetched the sources of " + original.nvr() + ": " + source[0] + " at " + source[1]);
        String repositoryName = steps.run("fetch-sources", () -> repositoryName(original));

        EngineLease lease = steps.run("engine-slot", () -> pool.acquire(plan.instance().enginesFor(plan.platform()),
                abort, progress::pending)).orElseThrow(() -> new BuildStopped("engine-slot"));
        resources.lease(lease);
        progress.running();
        ContainerEngine engine = lease.engine();
        String buildStep = "build-" + plan.platform();
        String engineVersion = steps.run(buildStep, engine::version);

        String component = plan.request().component();
        String version = original.nvr().version();
        Nvr nvr = scratch ? new Nvr(component, version, original.nvr().release() + ".scratch")
                : steps.run("koji-reserve", () -> {
                    var reserved = new ReleaseReservation(resources.hub(), resources.koji().account().contentGenerator(),
                            this::say).reserveCounting(component, version, 1, n -> original.nvr().release() + "." + n);
                    resources.hold(reserved);
                    return reserved.nvr();
                });
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("com.redhat.component", component);
        labels.put("name", repositoryName);
        labels.put("version", version);
        labels.put("release", nvr.release());
        labels.put("io.containerbuild.sources-for-nvr", original.nvr().toString());
        labels.put("vcs-type", "git");
        labels.put("vcs-url", source[0]);
        labels.put("vcs-ref", source[1]);
        Dockerfile dockerfile = Dockerfile.parse("FROM scratch\nCOPY " + SOURCES_DIR + "/ /" + SOURCES_DIR + "/\n")
                .withLabelAfterEveryFrom(BuildLabels.BUILD_NAME, plan.name()).withLabelsAppended(labels);
        steps.run("prebuild", () -> Files.writeString(plan.workDir().resolve("Dockerfile"), dockerfile.text(),
                StandardCharsets.UTF_8));

        ImageRepository repository = new ImageRepository(plan.instance().registry().host(), repositoryName);
        String imageId = steps.run(buildStep, () -> engine.build(new ImageBuildSpec(plan.workDir(),
                repository.withTag(plan.uniqueTag()), false), line -> progress.log(plan.platform(), line), abort));
        ImageFacts facts = steps.run(buildStep, () -> engine.inspect(imageId));
        TagPlan tags = TagPlan.plan(scratch ? BuildKind.SCRATCH : BuildKind.SOURCE, plan.uniqueTag(), labels, List.of(),
                progress::userWarning);
        PushedImage pushed = steps.run("push", () -> new ImagePublisher(engine,
                plan.instance().registry().credentials(), abort, this::say).publish(imageId, repository, tags));

        OptionalInt kojiBuildId = OptionalInt.empty();
        if (!scratch) {
            PlatformImage image = new PlatformImage(plan.platform(), facts, Optional.empty(), pushed.digest(),
                    pushed.allPullSpecs(), tags.all(), List.of(),
                    ImageReadme.archive(facts.id(), plan.platform(), pushed.allPullSpecs(), start));
            ImportRequest request = new ImportRequest(nvr, BuildKind.SOURCE, plan.name(),
                    source[0] + "#" + source[1], plan.request().user(), resources.koji().account().user(),
                    resources.koji().account().contentGenerator(),
                    resources.reservation().map(r -> OptionalInt.of(r.buildId())).orElse(OptionalInt.empty()),
                    plan.request().kojiTaskId(), start, clock.instant(), plan.request().userdata(), List.of(),
                    Optional.of(original.nvr().toString()), engineVersion, List.of(image), Optional.empty());
            kojiBuildId = OptionalInt.of(KojiSteps.importAndTag(steps, resources, clock, this::say, request,
                    plan.request().target(), plan.deadline()));
        }
        return new BuildResults(pushed.pullSpecs(tags.primary()), pushed.pullSpecs(tags.unique()), List.of(),
                kojiBuildId, pushed.digestsByPullSpec());
    }

    /** The image build whose sources to pack; it must be a complete image build, not a source container. */
    private KojiBuild originalBuild() {
        Optional<KojiBuild> found = plan.request().sourcesForKojiBuildId() != null
                ? resources.hub().getBuild(plan.request().sourcesForKojiBuildId())
                : resources.hub().getBuild(Nvr.parse(plan.request().sourcesForKojiBuildNvr()));
        String asked = plan.request().sourcesForKojiBuildId() != null
                ? "build " + plan.request().sourcesForKojiBuildId() : plan.request().sourcesForKojiBuildNvr();
        KojiBuild build = found.orElseThrow(() -> new IllegalArgumentException("Koji has no " + asked));
        if (!build.image()) {
            throw new IllegalArgumentException(build.nvr() + " is not a container image build");
        }
        if (build.sourcesFor().isPresent()) {
            throw new IllegalArgumentException(build.nvr() + " is itself a source container (of "
                    + build.sourcesFor().get() + ")");
        }
        if (build.state() != BuildState.COMPLETE) {
            throw new IllegalArgumentException(build.nvr() + " is " + build.state() + ", not COMPLETE");
        }
        if (build.source().filter(text -> text.contains("#")).isEmpty()) {
            throw new IllegalArgumentException(build.nvr() + " records no source of the form <git url>#<commit>");
        }
        return build;
    }

    /** {@code <the original image's repository>-source}, from its archives' pull specs; else the component. */
    private String repositoryName(KojiBuild original) {
        for (String spec : resources.hub().imageRepositories(original.id())) {
            String withoutRegistry = spec.substring(spec.indexOf('/') + 1);
            String repository = withoutRegistry.split("[:@]", 2)[0];
            if (!repository.isEmpty()) {
                return repository + "-source";
            }
        }
        return plan.request().component();
    }

    private void say(String line) {
        for (String part : line.split("\n")) {
            progress.log(BuildLogLine.NOARCH, part);
        }
    }
}
