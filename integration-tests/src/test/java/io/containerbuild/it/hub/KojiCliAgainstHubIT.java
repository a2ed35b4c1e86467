package io.containerbuild.it.hub;

import static io.containerbuild.it.hub.ContainerBuildSetup.COMPONENT;
import static io.containerbuild.it.hub.ContainerBuildSetup.DEST_TAG;
import static io.containerbuild.it.hub.ContainerBuildSetup.MAINTAINER;
import static io.containerbuild.it.hub.ContainerBuildSetup.SRC;
import static io.containerbuild.it.hub.ContainerBuildSetup.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.wire.KojiSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI issue's end-to-end part: the real {@code bin/koji} against a real hub. The admin set-up
 * commands make what they say (checked through the hub's API), the read commands show what the hub
 * holds, and {@code container-build} submits, honours a locked destination tag, and follows a task to
 * the result a builder reports. Exit codes and output lines as Koji's CLI has them.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class KojiCliAgainstHubIT {
    private static final Pattern CREATED = Pattern.compile("Created task: (\\d+)");

    @TempDir
    static Path dir;

    private static RunningHub hub;
    private static ContainerBuildSetup setup;
    private static KojiCli koji;

    @BeforeAll
    static void start() throws Exception {
        // the CLI does not care which store the hub has; the store tests cover both
        hub = RunningHub.start(Backend.H2, dir.resolve("hub"));
        setup = ContainerBuildSetup.make(hub);
        koji = KojiCli.forHub(hub, dir);
    }

    @AfterAll
    static void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void theAdminSetUpCommandsMakeWhatTheySay() {
        KojiSession hubApi = hub.anonymous();

        KojiCli.Result user = koji.runWithInput("admin", "carol-secret\n", "add-user", "carol", "--password", "-");
        assertEquals(0, user.exitCode(), user::toString);
        assertEquals("Added user carol (" + id(hubApi.call("getUser", "carol")) + ")\n", user.stdout());

        ok(koji.run("admin", "grant-permission", "tag", "carol"));
        KojiSession carol = hub.login("carol", "carol-secret");
        assertEquals(List.of("tag"), carol.call("getPerms"));

        KojiCli.Result channel = koji.run("admin", "add-channel", "cli-binary", "--description", "CLI builds");
        assertEquals(0, channel.exitCode(), channel::toString);
        Map<?, ?> binary = (Map<?, ?>) hubApi.call("getChannel", "cli-binary");
        assertEquals("cli-binary added: id " + binary.get("id") + "\n", channel.stdout());
        assertEquals("CLI builds", binary.get("description"));

        KojiCli.Result host = koji.runWithInput("admin", "cli-builder-secret\n", "add-host", "cli-builder.example.com",
                "x86_64", "aarch64", "--password", "-");
        assertEquals(0, host.exitCode(), host::toString);
        Map<?, ?> builder = (Map<?, ?>) hubApi.call("getHost", "cli-builder.example.com");
        assertEquals("cli-builder.example.com added: id " + builder.get("id") + "\n", host.stdout());
        assertEquals("x86_64 aarch64", builder.get("arches"));
        ok(koji.run("admin", "add-host-to-channel", "cli-builder.example.com", "cli-binary"));
        assertEquals(List.of("cli-builder.example.com"), names(hubApi.call("listHosts", List.of(),
                Map.of("channelID", "cli-binary"))));

        ok(koji.run("admin", "add-tag", "cli-build", "--arches", "x86_64 aarch64"));
        ok(koji.run("admin", "add-tag", "cli-candidate"));
        assertEquals("x86_64 aarch64", field(hubApi.call("getTag", "cli-build"), "arches"));
        assertEquals(null, field(hubApi.call("getTag", "cli-candidate"), "arches"));
        ok(koji.run("admin", "add-target", "cli-target", "cli-build", "cli-candidate"));
        Map<?, ?> target = (Map<?, ?>) hubApi.call("getBuildTarget", "cli-target");
        assertEquals(List.of("cli-build", "cli-candidate"), List.of(target.get("build_tag_name"), target.get("dest_tag_name")));

        KojiCli.Result pkgs = koji.run("admin", "add-pkg", "--owner", "carol", "cli-candidate", "cli-app", "cli-old");
        assertEquals(0, pkgs.exitCode(), pkgs::toString);
        assertEquals("Adding 2 packages to tag cli-candidate\n", pkgs.stdout());
        ok(koji.run("admin", "block-pkg", "cli-candidate", "cli-old"));
        assertEquals(List.of("carol", false), List.of(
                field(hubApi.call("getPackageConfig", "cli-candidate", "cli-app"), "owner_name"),
                field(hubApi.call("getPackageConfig", "cli-candidate", "cli-app"), "blocked")));
        assertEquals(true, field(hubApi.call("getPackageConfig", "cli-candidate", "cli-old"), "blocked"));

        ok(koji.run("admin", "edit-tag", "--lock", "cli-candidate"));
        assertEquals(true, field(hubApi.call("getTag", "cli-candidate"), "locked"));
        ok(koji.run("admin", "edit-tag", "--unlock", "cli-candidate"));
        assertEquals(false, field(hubApi.call("getTag", "cli-candidate"), "locked"));

        // the passwords given on standard input are the accounts' passwords
        assertEquals("carol", field(carol.call("getLoggedInUser"), "name"));
        assertEquals("cli-builder.example.com",
                field(hub.login("cli-builder.example.com", "cli-builder-secret").call("getLoggedInUser"), "name"));
        // and the hub, not the CLI, decides who may do what
        KojiCli.Result refused = koji.run("alice", "add-channel", "not-allowed");
        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(refused.stderr().contains("admin permission required (logged in as alice)"), refused::toString);
        assertEquals(null, hubApi.call("getChannel", "not-allowed"));
    }

    @Test
    void helloAndCallAnswerFromTheHub() {
        KojiCli.Result hello = koji.run("admin", "hello");
        assertEquals(0, hello.exitCode(), hello::toString);
        List<String> lines = hello.lines();
        assertTrue(lines.get(0).endsWith(", " + RunningHub.ADMIN + "!"), hello::toString);
        assertEquals(List.of("", "You are using the hub at " + hub.url(), "Authenticated via password"),
                lines.subList(1, lines.size()));

        KojiCli.Result anonymous = koji.run("anonymous", "hello");
        assertEquals(0, anonymous.exitCode(), anonymous::toString);
        assertEquals("Not authenticated", anonymous.lines().get(0));
        assertTrue(anonymous.lines().get(1).endsWith(", anonymous user!"), anonymous::toString);

        KojiCli.Result version = koji.run("anonymous", "call", "getAPIVersion");
        assertEquals(0, version.exitCode(), version::toString);
        assertEquals("1\n", version.stdout());

        KojiCli.Result target = koji.run("anonymous", "call", "--json-output", "getBuildTarget", TARGET);
        assertEquals(0, target.exitCode(), target::toString);
        assertTrue(target.lines().contains("  \"dest_tag\": " + setup.destTag() + ","), target::toString);

        KojiCli.Result unknown = koji.run("anonymous", "call", "noSuchMethod");
        assertEquals(1, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.stderr().contains("Invalid method: noSuchMethod"), unknown::toString);
    }

    @Test
    void containerBuildNowaitSubmitsAndTheTaskCommandsShowAndCancelTheTask() {
        KojiCli.Result build = koji.run("alice", "container-build", TARGET, SRC, "--git-branch", "main", "--nowait");
        assertEquals(0, build.exitCode(), build::toString);
        int task = createdTask(build);
        assertEquals("Created task: " + task + "\nTask info: " + KojiCli.WEBURL + "/taskinfo?taskID=" + task + "\n",
                build.stdout());

        Map<?, ?> info = (Map<?, ?>) hub.anonymous().call("getTaskInfo", List.of(task), Map.of("request", true));
        assertEquals(List.of(SRC, TARGET, Map.of("git_branch", "main")), info.get("request"));
        assertEquals(List.of(0, setup.maintainer(), setup.binaryChannel(), 20, "noarch"), List.of(info.get("state"),
                info.get("owner"), info.get("channel_id"), info.get("priority"), info.get("arch")));

        KojiCli.Result tasks = koji.run("alice", "list-tasks", "--mine");
        assertEquals(0, tasks.exitCode(), tasks::toString);
        assertEquals("ID       Pri  Owner                State    Arch       Name", tasks.lines().get(0));
        assertTrue(tasks.lines().contains(String.format("%-8d %-4d %-20s %-8s %-10s %s", task, 20, MAINTAINER, "FREE",
                "noarch", "buildContainer (noarch)")), tasks::toString);

        KojiCli.Result taskinfo = koji.run("anonymous", "taskinfo", "-v", Integer.toString(task));
        assertEquals(0, taskinfo.exitCode(), taskinfo::toString);
        assertEquals(List.of("Task: " + task, "Type: buildContainer", "Request Parameters:", "  Parameter: '" + SRC + "'",
                "  Parameter: '" + TARGET + "'", "  Options:", "    git_branch: 'main'", "Owner: " + MAINTAINER,
                "State: free"), taskinfo.lines().subList(0, 9));

        KojiCli.Result cancel = koji.run("alice", "cancel", Integer.toString(task));
        assertEquals(0, cancel.exitCode(), cancel::toString);
        assertEquals("", cancel.stdout());
        assertEquals(3, field(hub.anonymous().call("getTaskInfo", task), "state"));
        assertTrue(koji.run("anonymous", "taskinfo", Integer.toString(task)).lines().contains("State: canceled"));
        assertTrue(koji.run("alice", "list-tasks", "--mine").lines().stream()
                .noneMatch(line -> line.startsWith(task + " ")), "a canceled task is not listed as active");
    }

    @Test
    void aLockedDestinationTagTakesScratchBuildsOnly() {
        ok(koji.run("admin", "edit-tag", "--lock", DEST_TAG));
        try {
            KojiCli.Result scratch = koji.run("alice", "container-build", TARGET, SRC, "--git-branch", "main",
                    "--scratch", "--nowait");
            assertEquals(0, scratch.exitCode(), scratch::toString);
            int task = createdTask(scratch);
            assertEquals(List.of(SRC, TARGET, Map.of("git_branch", "main", "scratch", true)),
                    hub.anonymous().call("getTaskRequest", task));
            ok(koji.run("alice", "cancel", Integer.toString(task)));

            int tasks = taskCount();
            KojiCli.Result refused = koji.run("alice", "container-build", TARGET, SRC, "--git-branch", "main", "--nowait");
            assertEquals(2, refused.exitCode(), refused::toString);
            assertTrue(refused.stderr().endsWith("koji: error: Destination tag " + DEST_TAG + " is locked\n"),
                    refused::toString);
            assertEquals("", refused.stdout());
            assertEquals(tasks, taskCount(), "no task submitted");
        } finally {
            ok(koji.run("admin", "edit-tag", "--unlock", DEST_TAG));
        }
    }

    @Test
    void buildinfoAndListBuildsShowAnImportedBuild() {
        KojiSession admin = hub.admin();
        admin.call("createUser", List.of("osbs"), Map.of("password", "osbs-secret"));
        admin.call("grantCGAccess", List.of("osbs", "atomic-reactor"), Map.of("create", true));
        admin.call("grantPermission", "osbs", "tag");
        Map<String, String> imported = PythonKoji.run("koji_cg_import.py", hub.url(), "osbs", "osbs-secret",
                COMPONENT, "2.0", DEST_TAG);
        String nvr = COMPONENT + "-2.0-1";
        assertEquals("'" + nvr + "'", imported.get("nvr"));
        String buildId = imported.get("reserved_build_id");

        KojiCli.Result info = koji.run("anonymous", "buildinfo", nvr);
        assertEquals(0, info.exitCode(), info::toString);
        List<String> lines = info.lines();
        assertEquals(List.of("BUILD: " + nvr + " [" + buildId + "]", "State: COMPLETE", "Built by: osbs",
                "Source: git://git.example.com/containers/" + COMPONENT + "#0123456789abcdef"), lines.subList(0, 4));
        assertTrue(lines.contains("Tags: " + DEST_TAG), info::toString);
        assertTrue(lines.contains("Image archives:"), info::toString);
        assertTrue(lines.contains("/mnt/koji/packages/" + COMPONENT + "/2.0/1/images/docker-image-0123abcd.x86_64.tar.gz"),
                info::toString);

        KojiCli.Result byPackage = koji.run("anonymous", "list-builds", "--package", COMPONENT);
        assertEquals(0, byPackage.exitCode(), byPackage::toString);
        assertEquals("Build                                                    Built by          State",
                byPackage.lines().get(0));
        assertTrue(byPackage.lines().contains(String.format("%-55s  %-16s  %-16s", nvr, "osbs", "COMPLETE").stripTrailing()),
                byPackage::toString);
        KojiCli.Result byOwner = koji.run("anonymous", "list-builds", "--owner", "osbs", "--state", "COMPLETE");
        assertEquals(byPackage.stdout(), byOwner.stdout());

        KojiCli.Result missing = koji.run("anonymous", "buildinfo", "nosuch-1-1");
        assertEquals(1, missing.exitCode(), missing::toString);
        assertTrue(missing.stderr().startsWith("No such build: nosuch-1-1\n"), missing::toString);
    }

    @Test
    void containerBuildWaitsForTheBuilderAndPrintsTheResult() throws Exception {
        // a channel and a host of their own, so that this builder is offered this test's task only
        KojiSession admin = hub.admin();
        admin.call("addChannel", "cli-wait");
        ContainerBuildSetup.addHost(admin, "waiter.example.com", "waiter-secret", "cli-wait");

        Path run = Files.createDirectories(dir.resolve("wait"));
        Process build = koji.start(run, "alice", "container-build", TARGET, SRC, "--git-branch", "main",
                "--channel-override", "cli-wait", "--wait");
        try {
            int task = awaitCreatedTask(run, build);
            assertEquals(field(admin.call("getChannel", "cli-wait"), "id"),
                    field(hub.anonymous().call("getTaskInfo", task), "channel_id"));

            Map<String, String> builder = PythonKoji.run("koji_builder.py", hub.url(), "waiter.example.com",
                    "waiter-secret", task, "close",
                    "{\"koji_builds\": [\"7\"], \"repositories\": [\"registry.example.com/hello:1.0-1\"]}");
            assertEquals("{'koji_builds': ['7'], 'repositories': ['registry.example.com/hello:1.0-1']}",
                    builder.get("result"));

            assertTrue(build.waitFor(60, TimeUnit.SECONDS), "koji container-build --wait did not finish");
            String stdout = KojiCli.read(run.resolve("stdout"));
            String stderr = KojiCli.read(run.resolve("stderr"));
            assertEquals(0, build.exitValue(), () -> stdout + stderr);
            assertTrue(stdout.endsWith(task + " buildContainer (noarch) completed successfully\n"
                    + "Task Result (" + task + "):\nkoji_builds:\n    " + KojiCli.WEBURL + "/buildinfo?buildID=7\n"
                    + "repositories:\n    registry.example.com/hello:1.0-1\n"), stdout);
        } finally {
            build.destroyForcibly();
        }
    }

    /** The task id of a {@code Created task: N} line. */
    private static int createdTask(KojiCli.Result result) {
        Matcher created = CREATED.matcher(result.stdout());
        assertTrue(created.find(), result::toString);
        return Integer.parseInt(created.group(1));
    }

    /** Waits (bounded) for a running container-build to print its task's id. */
    private static int awaitCreatedTask(Path run, Process build) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Matcher created = CREATED.matcher(KojiCli.read(run.resolve("stdout")));
            if (created.find()) {
                return Integer.parseInt(created.group(1));
            }
            if (!build.isAlive()) {
                throw new AssertionError("koji container-build ended with " + build.exitValue() + " before creating a"
                        + " task:\n" + KojiCli.read(run.resolve("stdout")) + KojiCli.read(run.resolve("stderr")));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no task created within 60 s:\n" + KojiCli.read(run.resolve("stdout")));
    }

    private static void ok(KojiCli.Result result) {
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.stdout(), result::toString);
    }

    private static int taskCount() {
        return (Integer) hub.anonymous().call("listTasks", List.of(), Map.of("queryOpts", Map.of("countOnly", true)));
    }

    private static Object id(Object record) {
        return field(record, "id");
    }

    private static Object field(Object record, String key) {
        return ((Map<?, ?>) record).get(key);
    }

    private static List<Object> names(Object records) {
        return ((List<?>) records).stream().map(record -> field(record, "name")).toList();
    }
}
