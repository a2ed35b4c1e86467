package io.containerbuild.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.it.RealParts;
import io.containerbuild.it.hub.Backend;
import io.containerbuild.task.TaskState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A maintainer cancelling a build while its {@code RUN} step runs, and building the source container of a
 * regular build, through {@code bin/koji} against one hub and one builder on the real parts.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class CancelAndSourceContainerIT {
    private static final String SLEEPY = "sleepy-app";
    private static final String QUICK = "quick-app";
    private static final String ORIGINAL = "original-app";

    @TempDir
    static Path dir;

    private static BuildSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = BuildSystem.start(Backend.H2, dir, 1, 2, SLEEPY, QUICK, ORIGINAL);
        system.startBuilder(1);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void cancellingABuildWhileItsRunStepRunsCancelsTheTaskRemovesItsContainersAndFreesTheBuilder() throws Exception {
        GitRepo repo = GitRepo.create("sleepy", dir);
        String image = Dockerfiles.uniqueImageName("sleepy");
        String commit = repo.commit(Map.of("Dockerfile", Dockerfiles.of(SLEEPY, image, "1.0",
                "RUN echo going to sleep && sleep 600")));
        Path out = dir.resolve("sleepy-build.out");
        Process watching = system.koji().start(BinKoji.MAINTAINER, out, "container-build", BuildSystem.TARGET,
                repo.src(commit), "--git-branch", "main", "--wait");
        try {
            BuildSystem.await("the task's creation", Duration.ofMinutes(2),
                    () -> Files.exists(out) && read(out).contains("Created task: "));
            int task = BinKoji.createdTask(read(out));
            // the RUN step's container runs on the engine
            BuildSystem.await("the RUN step's container", Duration.ofMinutes(5), () -> {
                if (Set.of(TaskState.FAILED, TaskState.CLOSED).contains(system.taskState(task))) {
                    throw new AssertionError("the build ended before it was cancelled" + system.diagnostics(task));
                }
                return Engine.buildContainers(repo.baseName()).stream().anyMatch(c -> c.contains(" running "));
            }, () -> system.diagnostics(task));

            Commands.Ran cancel = system.koji().run(BinKoji.MAINTAINER, 5, "cancel", String.valueOf(task));

            assertEquals(0, cancel.exitCode(), () -> "bin/koji cancel: " + cancel + system.diagnostics(task));
            assertEquals(TaskState.CANCELED, system.awaitTask(task, Set.of(TaskState.CANCELED, TaskState.CLOSED,
                    TaskState.FAILED), Duration.ofMinutes(2)), () -> system.diagnostics(task));
            assertTrue(watching.waitFor(3, TimeUnit.MINUTES), () -> "container-build --wait still runs:\n" + read(out));
            assertEquals(1, watching.exitValue(), () -> "container-build --wait of a canceled task:\n" + read(out));
            assertTrue(read(out).contains(task + " buildContainer (noarch) was canceled"), () -> read(out));
            // the build's containers are removed from the engine
            BuildSystem.await("no containers of the cancelled build", Duration.ofMinutes(3),
                    () -> Engine.buildContainers(repo.baseName()).isEmpty(),
                    () -> "\nleft: " + Engine.buildContainers(repo.baseName()) + system.diagnostics(task));
            // the cancelled build is not COMPLETE on the hub
            Object reserved = system.anonymousCall("getBuild", SLEEPY + "-1.0-1");
            assertTrue(reserved == null || !Integer.valueOf(1).equals(((Map<?, ?>) reserved).get("state")),
                    () -> "a cancelled build is not COMPLETE: " + reserved);
        } finally {
            watching.destroyForcibly();
        }

        // the builder is free again: ready, and it takes and finishes the next build
        BuildSystem.await("builder1 ready", Duration.ofMinutes(2), () -> Boolean.TRUE.equals(
                ((Map<?, ?>) system.anonymousCall("getHost", BuildSystem.hostName(1))).get("ready")));
        GitRepo next = GitRepo.create("quick", dir);
        String nextCommit = next.commit(Map.of("Dockerfile", Dockerfiles.hello(QUICK,
                Dockerfiles.uniqueImageName("quick"))));
        Commands.Ran ran = system.koji().run(BinKoji.MAINTAINER, 15, "container-build", BuildSystem.TARGET,
                next.src(nextCommit), "--git-branch", "main", "--wait");
        int nextTask = BinKoji.createdTask(ran.stdout());
        assertEquals(0, ran.exitCode(), () -> ran + system.diagnostics(nextTask));
        assertEquals(TaskState.CLOSED, system.taskState(nextTask));
        assertEquals(BuildSystem.hostName(1), hostOf(nextTask));
    }

    @Test
    void theSourceContainerOfARegularBuildIsPushedBesideItsImageAndImportedAsNameSource() {
        GitRepo repo = GitRepo.create("original", dir);
        String image = Dockerfiles.uniqueImageName("original");
        String commit = repo.commit(Map.of("Dockerfile", Dockerfiles.hello(ORIGINAL, image)));
        Commands.Ran regular = system.koji().run(BinKoji.MAINTAINER, 15, "container-build", BuildSystem.TARGET,
                repo.src(commit), "--git-branch", "main", "--wait");
        int regularTask = BinKoji.createdTask(regular.stdout());
        assertEquals(0, regular.exitCode(), () -> regular + system.diagnostics(regularTask));
        String nvr = ORIGINAL + "-1.0-1";

        Commands.Ran ran = system.koji().run(BinKoji.MAINTAINER, 15, "source-container-build", BuildSystem.TARGET,
                "--koji-build-nvr", nvr, "--wait");

        int task = BinKoji.createdTask(ran.stdout());
        assertEquals(0, ran.exitCode(), () -> ran + system.diagnostics(task));
        assertTrue(ran.stdout().contains(task + " buildSourceContainer (noarch) completed successfully"),
                ran.stdout());
        assertEquals(TaskState.CLOSED, system.taskState(task), () -> system.diagnostics(task));
        Map<?, ?> result = (Map<?, ?>) system.taskResult(task);
        List<?> repositories = (List<?>) result.get("repositories");
        String sourceRepository = RealParts.registry() + "/" + image + "-source:";
        assertTrue(!repositories.isEmpty() && repositories.stream().allMatch(spec -> ((String) spec)
                .startsWith(sourceRepository)), () -> "pushed to " + sourceRepository + "...: " + result);
        for (Object pullSpec : repositories) {
            String manifest = Registry.manifest((String) pullSpec);
            assertTrue(manifest.contains("\"layers\""), () -> pullSpec + ": " + manifest);
        }
        String sourceNvr = ORIGINAL + "-source-1.0-1.1";
        assertTrue(repositories.contains(sourceRepository + "1.0-1.1"), () -> "the primary tag: " + result);
        Map<?, ?> build = (Map<?, ?>) system.anonymousCall("getBuild", sourceNvr);
        assertTrue(build != null, () -> "no build " + sourceNvr + " on the hub" + system.diagnostics(task));
        assertEquals(1, build.get("state"), () -> "COMPLETE: " + build);
        assertEquals(ORIGINAL + "-source", build.get("name"), build::toString);
        assertEquals(List.of(build.get("id")).toString(), String.valueOf(result.get("koji_builds")));
        Commands.Ran buildinfo = system.koji().run(BinKoji.MAINTAINER, 5, "buildinfo", sourceNvr);
        assertEquals(0, buildinfo.exitCode(), buildinfo::toString);
        assertTrue(buildinfo.stdout().contains("\nState: COMPLETE\n"), buildinfo.stdout());
        assertTrue(buildinfo.stdout().contains("\nTags: " + BuildSystem.DEST_TAG + "\n"), buildinfo.stdout());
    }

    private static String hostOf(int task) {
        Object hostId = system.taskInfo(task).get("host_id");
        return String.valueOf(((Map<?, ?>) system.anonymousCall("getHost", hostId)).get("name"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
