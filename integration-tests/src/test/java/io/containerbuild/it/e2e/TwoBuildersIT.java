package io.containerbuild.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.it.hub.Backend;
import io.containerbuild.task.TaskState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code bin/kojid} builders (hosts {@code builder1} and {@code builder2}, each with its own workdir and
 * osbs state, both in {@code container-binary}) on one hub and the one Docker engine: six builds submitted at
 * once, then a builder killed with SIGKILL in the middle of a build. The hub runs with {@code HostTimeout = 30}
 * so that a dead builder's task comes free within a minute rather than Koji's 900 s.
 */
@Timeout(value = 40, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoBuildersIT {
    private static final String CONCURRENT = "concurrent-app";
    private static final String ORPHANED = "orphaned-app";
    private static final int HOST_TIMEOUT_SECONDS = 30;

    @TempDir
    static Path dir;

    private static BuildSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = BuildSystem.start(Backend.H2, "HostTimeout = " + HOST_TIMEOUT_SECONDS + "\n", dir, 2, 2, CONCURRENT,
                ORPHANED);
        system.startBuilder(1);
        system.startBuilder(2);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void sixBuildsSubmittedAtOnceAllCloseWithDistinctReleasesOnBothBuilders() throws Exception {
        GitRepo repo = GitRepo.create("concurrent", dir);
        String image = Dockerfiles.uniqueImageName("concurrent");
        List<String> commits = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            // no release label: the builds settle their releases with the hub, all at the same time
            commits.add(repo.commit(Map.of("Dockerfile", Dockerfiles.of(CONCURRENT, image, "1.0",
                    "RUN echo build " + i + " > /which.txt && sleep 3"))));
        }
        List<Process> clients = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int i = 0; i < commits.size(); i++) {
            Path out = dir.resolve("concurrent-" + i + ".out");
            outs.add(out);
            clients.add(system.koji().start(BinKoji.MAINTAINER, out, "container-build", BuildSystem.TARGET,
                    repo.src(commits.get(i)), "--git-branch", "main", "--wait"));
        }

        List<Integer> tasks = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Process client = clients.get(i);
            Path out = outs.get(i);
            boolean ended = client.waitFor(20, TimeUnit.MINUTES);
            if (!ended) {
                client.destroyForcibly();
            }
            assertTrue(ended, () -> "container-build --wait still runs:\n" + read(out) + system.diagnostics(null));
            int task = BinKoji.createdTask(read(out));
            tasks.add(task);
            assertEquals(0, client.exitValue(), () -> read(out) + system.diagnostics(task));
        }

        assertEquals(6, new TreeSet<>(tasks).size(), () -> "six tasks: " + tasks);
        Map<Integer, String> hosts = new TreeMap<>();
        Set<String> nvrs = new TreeSet<>();
        for (int task : tasks) {
            assertEquals(TaskState.CLOSED, system.taskState(task), () -> system.diagnostics(task));
            hosts.put(task, hostOf(task));
            Map<?, ?> result = (Map<?, ?>) system.taskResult(task);
            List<?> builds = (List<?>) result.get("koji_builds");
            assertEquals(1, builds.size(), () -> "one Koji build per task: " + result);
            Map<?, ?> build = (Map<?, ?>) system.anonymousCall("getBuild", buildId(builds));
            assertEquals(1, build.get("state"), () -> "COMPLETE: " + build);
            assertEquals(CONCURRENT, build.get("name"), build::toString);
            assertEquals("1.0", build.get("version"), build::toString);
            nvrs.add(String.valueOf(build.get("nvr")));
        }
        // none lost, none built twice: six builds of six different releases
        assertEquals(6, nvrs.size(), () -> "distinct releases: " + nvrs);
        assertEquals(Set.of(BuildSystem.hostName(1), BuildSystem.hostName(2)), new TreeSet<>(hosts.values()),
                () -> "both builders took work (each runs at most 2 at once): " + hosts);
        System.out.println("six concurrent builds: tasks on " + hosts + ", builds " + nvrs);
    }

    @Test
    @Order(2)
    void aBuilderKilledMidBuildLeavesItsTaskToTheOtherAfterTheHostTimeout() throws Exception {
        GitRepo repo = GitRepo.create("orphaned", dir);
        String image = Dockerfiles.uniqueImageName("orphaned");
        String commit = repo.commit(Map.of("Dockerfile", Dockerfiles.of(ORPHANED, image, "1.0",
                "RUN echo slow step && sleep 20", "CMD [\"true\"]")));
        Commands.Ran submitted = system.koji().run(BinKoji.MAINTAINER, 5, "container-build", BuildSystem.TARGET,
                repo.src(commit), "--git-branch", "main", "--nowait");
        assertEquals(0, submitted.exitCode(), submitted::toString);
        int task = BinKoji.createdTask(submitted.stdout());

        // the build's RUN step runs on the engine for one builder: that builder dies
        BuildSystem.await("the RUN step's container", Duration.ofMinutes(5), () -> {
            if (Set.of(TaskState.FAILED, TaskState.CLOSED).contains(system.taskState(task))) {
                throw new AssertionError("the build ended before its builder was killed" + system.diagnostics(task));
            }
            return Engine.buildContainers(repo.baseName()).stream().anyMatch(c -> c.contains(" running "));
        }, () -> system.diagnostics(task));
        String victim = hostOf(task);
        KojidProcess killed = system.builders().stream().filter(b -> b.host().equals(victim)).findFirst()
                .orElseThrow();
        String survivor = victim.equals(BuildSystem.hostName(1)) ? BuildSystem.hostName(2) : BuildSystem.hostName(1);
        assertEquals(137, killed.kill(), "SIGKILL");
        assertEquals(TaskState.OPEN, system.taskState(task), "the dead builder's task stays OPEN on the hub");

        // the hub frees the silent host's task after HostTimeout; the other builder runs it to the end
        assertEquals(TaskState.CLOSED, system.awaitTask(task, Set.of(TaskState.CLOSED, TaskState.FAILED,
                TaskState.CANCELED), Duration.ofMinutes(10)), () -> system.diagnostics(task));
        assertEquals(survivor, hostOf(task), () -> system.diagnostics(task));
        assertTrue(system.hub().log().contains("freed 1 task(s) of host " + victim),
                () -> "the hub's housekeeping freed the task" + system.diagnostics(task));
        Map<?, ?> result = (Map<?, ?>) system.taskResult(task);
        List<?> builds = (List<?>) result.get("koji_builds");
        assertEquals(1, builds.size(), () -> "one Koji build: " + result);
        Map<?, ?> build = (Map<?, ?>) system.anonymousCall("getBuild", buildId(builds));
        assertEquals(1, build.get("state"), () -> "COMPLETE: " + build);
        assertEquals(ORPHANED, build.get("name"), build::toString);
        // the dead builder had reserved release 1 before its RUN step; nobody refunds that reservation (its
        // osbs-client would at its next start), so the rerun settles on release 2
        assertEquals(ORPHANED + "-1.0-2", build.get("nvr"), build::toString);
        Map<?, ?> reserved = (Map<?, ?>) system.anonymousCall("getBuild", ORPHANED + "-1.0-1");
        assertTrue(reserved != null && !Integer.valueOf(1).equals(reserved.get("state")),
                () -> "the dead builder's reservation: " + reserved);
        System.out.println("killed " + victim + "; " + survivor + " built " + build.get("nvr") + "; the reservation "
                + reserved.get("nvr") + " is in state " + reserved.get("state"));
        for (Object pullSpec : (List<?>) result.get("repositories")) {
            Registry.manifest((String) pullSpec);
        }
        Commands.Ran watch = system.koji().run(BinKoji.MAINTAINER, 5, "watch-task", String.valueOf(task));
        assertEquals(0, watch.exitCode(), watch::toString);
        assertTrue(watch.stdout().contains(task + " buildContainer (noarch) completed successfully"), watch::toString);
    }

    /** The one build of {@code koji_builds}, whose ids are strings as OSBS's are (consumers cast them). */
    private static int buildId(List<?> kojiBuilds) {
        return Integer.parseInt(String.valueOf(kojiBuilds.get(0)));
    }

    private static String hostOf(int task) {
        Object hostId = system.taskInfo(task).get("host_id");
        return String.valueOf(((Map<?, ?>) system.anonymousCall("getHost", hostId)).get("name"));
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
