package io.containerbuild.it.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.it.RealParts;
import io.containerbuild.it.hub.Backend;
import io.containerbuild.task.TaskState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other ways a maintainer's build goes, through {@code bin/koji container-build --wait} against one hub
 * and one builder on the real parts: scratch and isolated builds, and the refusals and failures with the
 * texts the maintainer reads (exit status 1).
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class ContainerBuildOptionsAndRefusalsIT {
    private static final String SCRATCH = "scratch-app";
    private static final String ISOLATED = "isolated-app";
    private static final String FIXED = "fixed-release-app";
    private static final String FAILING = "failing-app";

    @TempDir
    static Path dir;

    private static BuildSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = BuildSystem.start(Backend.H2, dir, 1, 2, SCRATCH, ISOLATED, FIXED, FAILING);
        system.startBuilder(1);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    /** {@code bin/koji container-build TARGET SRC --git-branch main --wait OPTIONS...} as the maintainer. */
    private static Commands.Ran containerBuild(String src, String... options) {
        List<String> args = new ArrayList<>(List.of("container-build", BuildSystem.TARGET, src, "--git-branch", "main",
                "--wait"));
        args.addAll(List.of(options));
        return system.koji().run(BinKoji.MAINTAINER, 15, args.toArray(String[]::new));
    }

    @Test
    void aScratchBuildIsPushedUnderItsUniqueTagOnlyAndNotImported() {
        GitRepo repo = GitRepo.create("scratch", dir);
        String image = Dockerfiles.uniqueImageName("scratch");
        String commit = repo.commit(Map.of("Dockerfile", Dockerfiles.hello(SCRATCH, image)));

        Commands.Ran ran = containerBuild(repo.src(commit), "--scratch");

        int task = BinKoji.createdTask(ran.stdout());
        assertEquals(0, ran.exitCode(), () -> ran + system.diagnostics(task));
        assertEquals(TaskState.CLOSED, system.taskState(task));
        Map<?, ?> result = (Map<?, ?>) system.taskResult(task);
        List<?> repositories = (List<?>) result.get("repositories");
        assertEquals(1, repositories.size(), () -> "a scratch build has its unique tag only: " + result);
        String pullSpec = (String) repositories.get(0);
        assertTrue(pullSpec.startsWith(RealParts.registry() + "/" + image + ":"), pullSpec);
        Registry.manifest(pullSpec);
        assertEquals(List.of(), result.get("koji_builds"), () -> "a scratch build is not imported: " + result);
        assertEquals(List.of(), buildsOf(SCRATCH), "the hub has no build of a scratch build");
    }

    @Test
    void anIsolatedBuildWithAReleaseIsImportedUnderThatReleaseWithoutFloatingTags() {
        GitRepo repo = GitRepo.create("isolated", dir);
        String image = Dockerfiles.uniqueImageName("isolated");
        String commit = repo.commit(Map.of("Dockerfile", Dockerfiles.hello(ISOLATED, image)));

        Commands.Ran ran = containerBuild(repo.src(commit), "--isolated", "--release", "3.1");

        int task = BinKoji.createdTask(ran.stdout());
        assertEquals(0, ran.exitCode(), () -> ran + system.diagnostics(task));
        assertEquals(TaskState.CLOSED, system.taskState(task));
        Map<?, ?> result = (Map<?, ?>) system.taskResult(task);
        List<?> repositories = (List<?>) result.get("repositories");
        String primary = RealParts.registry() + "/" + image + ":1.0-3.1";
        assertTrue(repositories.contains(primary), () -> primary + " not in " + result);
        assertFalse(repositories.contains(RealParts.registry() + "/" + image + ":latest"),
                () -> "an isolated build moves no floating tag: " + result);
        repositories.forEach(spec -> Registry.manifest((String) spec));
        Map<?, ?> build = (Map<?, ?>) system.anonymousCall("getBuild", ISOLATED + "-1.0-3.1");
        assertEquals(1, build.get("state"), () -> "COMPLETE: " + build);
        assertEquals(List.of(build.get("id")).toString(), String.valueOf(result.get("koji_builds")));
        Map<?, ?> image0 = (Map<?, ?>) ((Map<?, ?>) build.get("extra")).get("image");
        assertEquals(Boolean.TRUE, image0.get("isolated"), () -> "extra.image of " + build);
    }

    @Test
    void aBuildOfAnNvrThatExistsFailsWithTheBuildError() {
        GitRepo repo = GitRepo.create("fixed", dir);
        String image = Dockerfiles.uniqueImageName("fixed");
        String commit = repo.commit(Map.of("Dockerfile",
                Dockerfiles.of(FIXED, image, "2.0", "LABEL release=\"7\"", "RUN true")));
        Commands.Ran first = containerBuild(repo.src(commit));
        int firstTask = BinKoji.createdTask(first.stdout());
        assertEquals(0, first.exitCode(), () -> first + system.diagnostics(firstTask));
        Map<?, ?> build = (Map<?, ?>) system.anonymousCall("getBuild", FIXED + "-2.0-7");

        Commands.Ran again = containerBuild(repo.src(commit));

        int task = BinKoji.createdTask(again.stdout());
        assertEquals(1, again.exitCode(), () -> again + system.diagnostics(task));
        String error = "BuildError: Build for " + FIXED + "-2.0-7 already exists, id " + build.get("id");
        assertTrue(again.stdout().contains(task + " buildContainer (noarch) failed"), again.stdout());
        assertTrue(again.stdout().contains("FAILED: " + error), () -> again.stdout() + system.diagnostics(task));
        assertEquals(TaskState.FAILED, system.taskState(task));
        KojiFault fault = system.taskFault(task);
        assertEquals("Build for " + FIXED + "-2.0-7 already exists, id " + build.get("id"), fault.faultString());
    }

    @Test
    void aDockerfileWithoutTheRequiredLabelsFailsWithTheExactMessage() {
        GitRepo repo = GitRepo.create("unlabelled", dir);
        String commit = repo.commit(Map.of("Dockerfile", "FROM " + BaseImage.pullSpec() + "\nLABEL version=\"1.0\"\n"
                + "RUN true\n"));

        Commands.Ran ran = containerBuild(repo.src(commit));

        int task = BinKoji.createdTask(ran.stdout());
        assertEquals(1, ran.exitCode(), () -> ran + system.diagnostics(task));
        String message = "Required LABELs haven't been found in Dockerfile: name (or Name), com.redhat.component (or "
                + "BZComponent).";
        assertTrue(ran.stdout().contains("FAILED: BuildError: " + message), () -> ran.stdout()
                + system.diagnostics(task));
        assertEquals(message, system.taskFault(task).faultString());
    }

    @Test
    void aSourceFromAnScmThatIsNotAllowedFailsWithTheExactMessage() {
        String src = "git://127.0.0.1/elsewhere/app.git#0123456789abcdef0123456789abcdef01234567";

        Commands.Ran ran = containerBuild(src);

        int task = BinKoji.createdTask(ran.stdout());
        assertEquals(1, ran.exitCode(), () -> ran + system.diagnostics(task));
        String message = "127.0.0.1:/elsewhere/app.git is not in the list of allowed SCMs";
        assertTrue(ran.stdout().contains("FAILED: BuildError: " + message), () -> ran.stdout()
                + system.diagnostics(task));
        assertEquals(message, system.taskFault(task).faultString());
    }

    @Test
    void aFailingRunStepFailsTheTaskWithTheEnginesError() {
        GitRepo repo = GitRepo.create("failing", dir);
        String image = Dockerfiles.uniqueImageName("failing");
        String commit = repo.commit(Map.of("Dockerfile", Dockerfiles.of(FAILING, image, "1.0",
                "RUN echo about to fail && exit 3")));

        Commands.Ran ran = containerBuild(repo.src(commit));

        int task = BinKoji.createdTask(ran.stdout());
        assertEquals(1, ran.exitCode(), () -> ran + system.diagnostics(task));
        assertEquals(TaskState.FAILED, system.taskState(task));
        String engineError = "returned a non-zero code: 3";
        KojiFault fault = system.taskFault(task);
        assertTrue(fault.faultString().startsWith("Image build failed. "), fault::faultString);
        assertTrue(fault.faultString().contains(engineError), () -> fault.faultString() + system.diagnostics(task));
        assertTrue(ran.stdout().contains("FAILED: ContainerError: Image build failed. "), ran.stdout());
        String buildLog = system.taskOutput(task, "osbs-build.log");
        assertTrue(buildLog.contains(engineError), () -> "osbs-build.log:\n" + buildLog);
        Object reserved = system.anonymousCall("getBuild", FAILING + "-1.0-1");
        assertTrue(reserved == null || !Integer.valueOf(1).equals(((Map<?, ?>) reserved).get("state")),
                () -> "a failed build is not COMPLETE: " + reserved);
    }

    /** The NVRs of the hub's builds of a package. */
    private static List<String> buildsOf(String packageName) {
        List<String> nvrs = new ArrayList<>();
        for (Object build : (List<?>) system.anonymousCall("listBuilds")) {
            Map<?, ?> record = (Map<?, ?>) build;
            if (packageName.equals(record.get("name")) || packageName.equals(record.get("package_name"))) {
                nvrs.add(String.valueOf(record.get("nvr")));
            }
        }
        return nvrs;
    }
}
