package io.containerbuild.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.it.hub.Backend;
import io.containerbuild.task.TaskState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hub's machine restarted while a build runs: {@code bin/koji-hub} stopped (SIGTERM) during the build's
 * {@code RUN} step and started again on the same port, data directory and database. The builder carries on,
 * imports the build into the restarted hub and closes the task, which {@code koji watch-task} then reports.
 * The build is submitted with {@code --nowait}: our client does not resend calls after connection errors
 * (docs of {@code XmlRpcKojiSession}), so a {@code --wait} running through the restart ends with "Connection
 * refused", where Python's ClientSession retries a logged-in session's calls. On the embedded database and on
 * PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class HubRestartMidBuildIT {
    private static final String COMPONENT = "steady-app";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void aBuildRunningWhileTheHubRestartsCompletesAndItsTaskCloses() throws Exception {
        try (BuildSystem system = BuildSystem.start(backend, dir, 1, 2, COMPONENT)) {
            system.startBuilder(1);
            GitRepo repo = GitRepo.create("steady", dir);
            String image = Dockerfiles.uniqueImageName("steady");
            String commit = repo.commit(Map.of("Dockerfile", Dockerfiles.of(COMPONENT, image, "1.0",
                    "RUN echo slow step && sleep 15", "CMD [\"true\"]")));
            Commands.Ran submitted = system.koji().run(BinKoji.MAINTAINER, 5, "container-build", BuildSystem.TARGET,
                    repo.src(commit), "--git-branch", "main", "--nowait");
            assertEquals(0, submitted.exitCode(), submitted::toString);
            int task = BinKoji.createdTask(submitted.stdout());
            BuildSystem.await("the RUN step's container", Duration.ofMinutes(5), () -> {
                if (Set.of(TaskState.FAILED, TaskState.CLOSED).contains(system.taskState(task))) {
                    throw new AssertionError("the build ended before the restart" + system.diagnostics(task));
                }
                return Engine.buildContainers(repo.baseName()).stream().anyMatch(c -> c.contains(" running "));
            }, () -> system.diagnostics(task));

            system.hub().restart();

            assertEquals(TaskState.CLOSED, system.awaitTask(task, Set.of(TaskState.CLOSED, TaskState.FAILED,
                    TaskState.CANCELED), Duration.ofMinutes(10)), () -> system.diagnostics(task));
            Commands.Ran watch = system.koji().run(BinKoji.MAINTAINER, 5, "watch-task", String.valueOf(task));
            assertEquals(0, watch.exitCode(), watch::toString);
            assertTrue(watch.stdout().contains(task + " buildContainer (noarch) completed successfully"),
                    watch::toString);

            Map<?, ?> result = (Map<?, ?>) system.taskResult(task);
            List<?> builds = (List<?>) result.get("koji_builds");
            assertEquals(1, builds.size(), () -> "one Koji build: " + result);
            Map<?, ?> build = (Map<?, ?>) system.anonymousCall("getBuild",
                    Integer.parseInt(String.valueOf(builds.get(0))));
            assertEquals(COMPONENT + "-1.0-1", build.get("nvr"), build::toString);
            assertEquals(1, build.get("state"), () -> "COMPLETE: " + build);
            Commands.Ran buildinfo = system.koji().run(BinKoji.MAINTAINER, 5, "buildinfo", COMPONENT + "-1.0-1");
            assertTrue(buildinfo.stdout().contains("\nTags: " + BuildSystem.DEST_TAG + "\n"), buildinfo::toString);
            for (Object pullSpec : (List<?>) result.get("repositories")) {
                Registry.manifest((String) pullSpec);
            }
            assertTrue(system.taskOutput(task, "osbs-build.log").contains("Imported " + build.get("nvr")),
                    () -> system.diagnostics(task));
            KojidProcess builder = system.builders().get(0);
            assertTrue(builder.isAlive(), () -> system.diagnostics(task));
            // a call during the stop finds no hub (the builder retries), not a hub without its database
            assertFalse(builder.log().contains("Database is already closed"), () -> system.diagnostics(task));
        }
    }

}
