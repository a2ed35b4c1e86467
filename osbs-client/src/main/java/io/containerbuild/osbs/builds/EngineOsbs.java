package io.containerbuild.osbs.builds;

import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.osbs.OsbsException;
import io.containerbuild.osbs.OsbsUnsupportedFeatureException;
import io.containerbuild.osbs.OsbsValidationException;
import io.containerbuild.osbs.SourceBuildRequest;
import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.config.OsbsConf;
import io.containerbuild.osbs.config.OsbsInstance;
import io.containerbuild.osbs.engine.ContainerEngine;
import io.containerbuild.osbs.engine.DockerEngine;
import io.containerbuild.osbs.koji.KojiConnector;
import io.containerbuild.osbs.naming.BuildKind;
import io.containerbuild.osbs.naming.BuildNames;
import io.containerbuild.osbs.pipeline.BinaryBuildPipeline;
import io.containerbuild.osbs.pipeline.BinaryBuildPlan;
import io.containerbuild.osbs.pipeline.SourceBuildPipeline;
import io.containerbuild.osbs.pipeline.SourceBuildPlan;
import io.containerbuild.osbs.recipe.BuildRecipe;
import io.containerbuild.osbs.recipe.ContainerYaml;
import io.containerbuild.osbs.scheduling.EnginePool;
import io.containerbuild.osbs.source.SourceCheckout;
import io.containerbuild.osbs.store.BuildRecord;
import io.containerbuild.osbs.store.BuildStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@link Osbs} on Docker engines: builds are checked and cloned when created, then run in the
 * background by a bounded {@link BuildRunner}; their records and logs live in a {@link BuildStore}
 * under the configured state directory.
 *
 * <p>A process that starts finds the records an earlier one left: a build that was NEW, PENDING or
 * RUNNING then is marked FAILED (its engine stream died with the old process, so there is nothing
 * to re-attach to), its Koji reservation refunded and its leftovers removed from its engines.
 */
public final class EngineOsbs implements Osbs, AutoCloseable {

    /** How long {@link #cancelBuild} waits for a running build to stop and clean up. */
    static final Duration CANCEL_WAIT = Duration.ofMinutes(2);
    /** What {@link #waitForBuildToFinish} adds to the build-time limit, for the final steps. */
    static final Duration WAIT_MARGIN = Duration.ofMinutes(10);

    private final OsbsConf conf;
    private final Clock clock;
    private final BuildStore store;
    private final EnginePool pool;
    private final BuildRunner runner;
    private final BuildNames names;
    private final Recovery recovery;

    /** Builds on the configured Docker engines. */
    public EngineOsbs(OsbsConf conf) {
        this(conf, Clock.systemUTC(), DockerEngine::connect);
    }

    /** For tests: another clock, or engines that are not Docker's. */
    public EngineOsbs(OsbsConf conf, Clock clock, Function<EngineEndpoint, ContainerEngine> engines) {
        this.conf = conf;
        this.clock = clock;
        this.store = new BuildStore(conf.stateDir());
        this.pool = new EnginePool(engines);
        this.runner = new BuildRunner(store, clock, conf.maxConcurrentBuilds());
        this.names = new BuildNames(clock);
        this.recovery = new Recovery(conf, store, pool, clock);
        recovery.failAbandonedBuilds();
    }

    @Override
    public String createBinaryContainerBuild(BinaryBuildRequest request) {
        return api(() -> {
            BuildKind kind = RequestChecks.binary(request);
            OsbsInstance instance = conf.instance(OsbsConf.DEFAULT_BINARY);
            if (kind != BuildKind.SCRATCH && instance.koji().isEmpty()) {
                throw new OsbsValidationException("[" + instance.name() + "] names no koji_hub: only scratch builds"
                        + " can be made without a Koji hub");
            }
            Path checkout = temporaryDir();
            try {
                String commit = SourceCheckout.atRefOnBranch(request.gitUri(), request.gitBranch(), request.gitRef(),
                        checkout);
                BuildRecipe recipe = BuildRecipe.read(checkout);
                ContainerYaml yaml = recipe.containerYaml();
                if (yaml.flatpak()) {
                    throw new OsbsValidationException("container.yaml has a flatpak section, but the build was not "
                            + "requested as a Flatpak build");
                }
                Duration limit = buildtimeLimit(yaml, request);
                List<String> dropped = new ArrayList<>();
                List<String> platforms = finalPlatforms(request.platforms(), yaml, instance, dropped);
                Optional<String> explicitRelease = Optional.ofNullable(request.release())
                        .or(() -> recipe.identity().release());
                String name = createRecord(kind, instance, request.gitUri(), request.gitBranch(), request.user(),
                        request.kojiTaskId(), limit, request.platforms(), platforms);
                Path workDir = store.workDir(name).resolve("checkout");
                Files.move(checkout, workDir);
                BinaryBuildPlan plan = new BinaryBuildPlan(name, request, kind, instance, workDir, commit, recipe,
                        platforms, explicitRelease, names.uniqueTag(request.target()),
                        clock.instant().plus(limit));
                RecordedProgress progress = new RecordedProgress(store, name, conf.verbose());
                progress.log(BuildLogLine.NOARCH, "Cloned " + request.gitUri() + " at " + commit + " (" + request.gitRef()
                        + " on branch " + request.gitBranch() + ")");
                dropped.forEach(progress::userWarning);
                runner.submit(name, limit, abort -> new BinaryBuildPipeline(plan, pool, instance.koji()
                        .map(KojiConnector::new), clock, progress, abort).run());
                return name;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                BuildStore.deleteTree(checkout);
            }
        });
    }

    @Override
    public String createSourceContainerBuild(SourceBuildRequest request) {
        return api(() -> {
            if (request.component().isBlank()) {
                throw new OsbsValidationException("required parameter component is missing");
            }
            if (request.user().isBlank()) {
                throw new OsbsValidationException("required parameter user is missing");
            }
            if (request.signingIntent() != null) {
                throw new OsbsUnsupportedFeatureException("ODCS signing intents are not supported by this build engine yet");
            }
            OsbsInstance instance = conf.instance(OsbsConf.DEFAULT_SOURCE);
            if (instance.koji().isEmpty()) {
                throw new OsbsValidationException("[" + instance.name() + "] names no koji_hub, and source containers "
                        + "are made from Koji builds");
            }
            String platform = instance.platforms().iterator().next();
            Duration limit = instance.defaultBuildtimeLimit();
            String name = createRecord(BuildKind.SOURCE, instance, null, null, request.user(), request.kojiTaskId(),
                    limit, List.of(platform), List.of(platform));
            SourceBuildPlan plan = new SourceBuildPlan(name, request, instance, store.workDir(name), platform,
                    names.uniqueTag(request.target()), clock.instant().plus(limit));
            RecordedProgress progress = new RecordedProgress(store, name, conf.verbose());
            runner.submit(name, limit, abort -> new SourceBuildPipeline(plan, pool, instance.koji()
                    .map(KojiConnector::new), clock, progress, abort).run());
            return name;
        });
    }

    @Override
    public Stream<BuildLogLine> getBuildLogs(String buildName, boolean follow) {
        return api(() -> {
            record(buildName);
            return follow ? store.log(buildName).follow() : store.log(buildName).lines().stream();
        });
    }

    @Override
    public void waitForBuildToFinish(String buildName) {
        api(() -> {
            BuildRecord record = record(buildName);
            try {
                store.awaitFinished(buildName, Duration.ofSeconds(record.buildtimeLimitSeconds()).plus(WAIT_MARGIN));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OsbsException("interrupted while waiting for build " + buildName, e);
            }
            return null;
        });
    }

    @Override
    public BuildState getBuildState(String buildName) {
        return api(() -> record(buildName).state());
    }

    @Override
    public boolean buildHasSucceeded(String buildName) {
        return getBuildState(buildName) == BuildState.COMPLETE;
    }

    @Override
    public boolean buildWasCancelled(String buildName) {
        return getBuildState(buildName) == BuildState.CANCELLED;
    }

    @Override
    public boolean buildNotFinished(String buildName) {
        return !getBuildState(buildName).isFinished();
    }

    @Override
    public Optional<String> getBuildReason(String buildName) {
        return api(() -> record(buildName).reason());
    }

    @Override
    public String getBuildErrorMessage(String buildName) {
        return api(() -> record(buildName).errorMessage());
    }

    @Override
    public BuildResults getBuildResults(String buildName) {
        return api(() -> record(buildName).results()
                .orElse(new BuildResults(List.of(), List.of(), List.of(), OptionalInt.empty())));
    }

    @Override
    public Optional<List<String>> getFinalPlatforms(String buildName) {
        return api(() -> record(buildName).finalPlatforms());
    }

    @Override
    public void cancelBuild(String buildName) {
        api(() -> {
            if (record(buildName).state().isFinished()) {
                return null;
            }
            runner.cancel(buildName);
            try {
                Optional<BuildRecord> after = store.awaitFinished(buildName, CANCEL_WAIT);
                if (after.isPresent() && !after.get().state().isFinished()) {
                    throw new OsbsException("build " + buildName + " did not stop within " + CANCEL_WAIT.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OsbsException("interrupted while cancelling build " + buildName, e);
            }
            return null;
        });
    }

    @Override
    public void removeBuild(String buildName) {
        api(() -> {
            if (!record(buildName).state().isFinished()) {
                cancelBuild(buildName);
            }
            store.remove(buildName);
            return null;
        });
    }

    /** Stops running builds (they end CANCELLED) and lets go of the engines. */
    @Override
    public void close() {
        runner.close();
        recovery.close();
        pool.close();
    }

    private String createRecord(BuildKind kind, OsbsInstance instance, String gitUri, String gitBranch, String owner,
                                int kojiTaskId, Duration limit, List<String> requested, List<String> platforms) {
        while (true) {
            String name = names.buildName(kind, gitUri, gitBranch);
            if (store.create(BuildRecord.created(name, kind, instance.name(), clock.instant(), owner, kojiTaskId,
                    limit.toSeconds(), requested, platforms))) {
                return name;
            }
        }
    }

    /** container.yaml's {@code buildtime_limit}, bounded by the maximum; else the default. */
    private static Duration buildtimeLimit(ContainerYaml yaml, BinaryBuildRequest request) {
        if (yaml.buildtimeLimit().isEmpty()) {
            return request.defaultBuildtimeLimit();
        }
        Duration asked = yaml.buildtimeLimit().get();
        if (asked.compareTo(request.maxBuildtimeLimit()) > 0) {
            throw new OsbsValidationException("container.yaml asks for a buildtime_limit of " + asked.toSeconds()
                    + " s, more than the maximum of " + request.maxBuildtimeLimit().toSeconds() + " s");
        }
        return asked;
    }

    /**
     * The requested platforms that container.yaml allows and an engine of the instance builds
     * (check_and_set_platforms); the others go to {@code dropped} as warnings.
     */
    private static List<String> finalPlatforms(List<String> requested, ContainerYaml yaml, OsbsInstance instance,
                                               List<String> dropped) {
        List<String> platforms = new ArrayList<>();
        for (String platform : requested) {
            if (!yaml.platformsOnly().isEmpty() && !yaml.platformsOnly().contains(platform)
                    || yaml.platformsNot().contains(platform)) {
                dropped.add("platform " + platform + " is excluded by container.yaml");
            } else if (!instance.platforms().contains(platform)) {
                dropped.add("platform " + platform + " is skipped: no engine of [" + instance.name() + "] builds it");
            } else if (!platforms.contains(platform)) {
                platforms.add(platform);
            }
        }
        if (platforms.isEmpty()) {
            throw new OsbsValidationException("no platform is left to build: " + String.join("; ", dropped));
        }
        return platforms;
    }

    private Path temporaryDir() {
        try {
            Path tmp = Files.createDirectories(conf.stateDir().resolve("tmp"));
            return tmp.resolve(UUID.randomUUID().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BuildRecord record(String buildName) {
        return store.find(buildName).orElseThrow(() -> new OsbsException("build " + buildName + " does not exist"));
    }

    /** Every API method: OSBS exceptions pass; anything else becomes one, keeping the cause. */
    private static <T> T api(Supplier<T> call) {
        try {
            return call.get();
        } catch (OsbsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OsbsException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }
}
