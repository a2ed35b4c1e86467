package io.containerbuild.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.it.RealParts;
import io.containerbuild.it.hub.Backend;
import io.containerbuild.task.TaskState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The regular build, as a maintainer meets it: {@code bin/koji container-build TARGET git://...#commit
 * --git-branch main --wait} against a {@code bin/koji-hub} and a {@code bin/kojid} on the real Docker engine,
 * registry and git daemon; the image lands in the registry and the build in the hub. On the embedded
 * database and on PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class RegularContainerBuildIT {
    private static final String COMPONENT = "hello-container";

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void aContainerBuildFromGitLandsInTheRegistryAndInTheHub() throws Exception {
        try (BuildSystem system = BuildSystem.start(backend, dir, 1, 2, COMPONENT)) {
            system.startBuilder(1);
            GitRepo repo = GitRepo.create("hello", dir);
            String image = Dockerfiles.uniqueImageName("hello");
            String commit = repo.commit(Map.of("Dockerfile", Dockerfiles.hello(COMPONENT, image)));

            Commands.Ran ran = system.koji().run(BinKoji.MAINTAINER, 15, "container-build", BuildSystem.TARGET,
                    repo.src(commit), "--git-branch", "main", "--wait");

            int task = BinKoji.createdTask(ran.stdout());
            assertEquals(0, ran.exitCode(), () -> "bin/koji container-build: " + ran + system.diagnostics(task));
            assertTrue(ran.stdout().contains(task + " buildContainer (noarch) completed successfully"), ran.stdout());
            assertEquals(TaskState.CLOSED, system.taskState(task), () -> system.diagnostics(task));

            // every repository of the result is served by the registry
            Map<?, ?> result = (Map<?, ?>) system.taskResult(task);
            List<?> repositories = (List<?>) result.get("repositories");
            String registry = RealParts.registry();
            for (String expected : List.of(registry + "/" + image + ":1.0-1", registry + "/" + image + ":1.0",
                    registry + "/" + image + ":latest")) {
                assertTrue(repositories.contains(expected), () -> expected + " not in " + repositories);
            }
            for (Object pullSpec : repositories) {
                String manifest = Registry.manifest((String) pullSpec);
                assertTrue(manifest.contains("\"layers\""), () -> pullSpec + ": " + manifest);
            }
            assertEquals("[1]", String.valueOf(result.get("koji_builds")), () -> "koji_builds of " + result);

            // the build in the hub, as koji buildinfo shows it
            String nvr = COMPONENT + "-1.0-1";
            Commands.Ran buildinfo = system.koji().run(BinKoji.MAINTAINER, 5, "buildinfo", nvr);
            assertEquals(0, buildinfo.exitCode(), () -> buildinfo + system.diagnostics(task));
            String info = buildinfo.stdout();
            assertTrue(info.startsWith("BUILD: " + nvr + " [1]\n"), info);
            assertTrue(info.contains("\nState: COMPLETE\n"), info);
            assertTrue(info.contains("\nBuilt by: " + BuildSystem.MAINTAINER + "\n"), info);
            assertTrue(info.contains("\nSource: " + repo.src(commit) + "\n"), info);
            assertTrue(info.contains("\nTags: " + BuildSystem.DEST_TAG + "\n"), info);
            assertTrue(info.matches("(?s).*\nImage archives:\n/\\S+/packages/" + COMPONENT
                    + "/1.0/1/images/docker-image-\\S+\\.x86_64\\.tar\\.gz\n.*"), info);

            // the task's logs
            List<String> outputs = system.taskOutputNames(task);
            assertTrue(outputs.containsAll(List.of("osbs-build.log", "x86_64.log")), outputs::toString);
            String buildLog = system.taskOutput(task, "osbs-build.log");
            assertTrue(buildLog.contains("Imported " + nvr + " as Koji build 1"), buildLog);
            assertTrue(system.taskOutput(task, "x86_64.log").contains("RUN echo hello > /hello.txt"),
                    () -> system.taskOutput(task, "x86_64.log"));
        }
    }
}
