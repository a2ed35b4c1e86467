package io.containerbuild.it.hub;

import static io.containerbuild.it.hub.ContainerBuildSetup.BUILD_TAG;
import static io.containerbuild.it.hub.ContainerBuildSetup.COMPONENT;
import static io.containerbuild.it.hub.ContainerBuildSetup.DEST_TAG;
import static io.containerbuild.it.hub.ContainerBuildSetup.HOST;
import static io.containerbuild.it.hub.ContainerBuildSetup.HOST_PASSWORD;
import static io.containerbuild.it.hub.ContainerBuildSetup.MAINTAINER;
import static io.containerbuild.it.hub.ContainerBuildSetup.MAINTAINER_PASSWORD;
import static io.containerbuild.it.hub.ContainerBuildSetup.SRC;
import static io.containerbuild.it.hub.ContainerBuildSetup.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.KojiSession;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hub issue's restart test: people, a host, tags, a target, tasks in every end state (with results
 * and output), and a content-generator build with its archives and tag are all made through the API;
 * the hub is stopped and a new one started on the same data directory and database; every answer about
 * them is the same as before, the same passwords log in, a session from before still works, and new ids
 * carry on after the old ones. On the embedded store and on PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HubRestartIT {
    private static final String CG_USER = "osbs";
    private static final String CG_PASSWORD = "osbs-secret";
    private static final String RESULT = "{\"repositories\": [\"registry.example.com/hello-container:1.0-1\"], "
            + "\"koji_builds\": [\"%d\"]}";

    @Parameter
    Backend backend;

    @Test
    void everythingMadeBeforeARestartIsThereAfterIt() throws Exception {
        try (RunningHub hub = RunningHub.start(backend)) {
            ContainerBuildSetup setup = ContainerBuildSetup.make(hub);
            KojiSession admin = hub.admin();
            admin.call("createUser", List.of(CG_USER), Map.of("password", CG_PASSWORD));
            admin.call("grantCGAccess", List.of(CG_USER, "atomic-reactor"), Map.of("create", true));
            admin.call("grantPermission", CG_USER, "tag");

            // a build imported as atomic-reactor imports it, with uploaded files, then tagged
            Map<String, String> imported = PythonKoji.run("koji_cg_import.py", hub.url(), CG_USER, CG_PASSWORD,
                    COMPONENT, "1.0", DEST_TAG);
            String nvr = unquote(imported.get("nvr"));
            int buildId = Integer.parseInt(imported.get("reserved_build_id"));
            assertEquals("['" + nvr + "', 1, True]", imported.get("imported"));

            // tasks in each end state, and one still waiting for a builder
            KojiSession alice = hub.login(MAINTAINER, MAINTAINER_PASSWORD);
            int closed = submit(alice);
            runBuilder(hub, closed, "close", String.format(RESULT, buildId));
            int failed = submit(alice);
            runBuilder(hub, failed, "fail", "OSBS build failed");
            int canceled = submit(alice);
            alice.call("cancelTask", canceled);
            int free = submit(alice);
            List<Integer> tasks = List.of(closed, failed, canceled, free);

            Map<String, Object> before = snapshot(hub, tasks, nvr, buildId);
            assertStoreIsWhereConfigured(hub, tasks.size() + 1);

            hub.restart();

            Map<String, Object> after = snapshot(hub, tasks, nvr, buildId);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((what, answer) -> assertEquals(answer, after.get(what), what + " after the restart"));
            assertStoreIsWhereConfigured(hub, tasks.size() + 1);

            // the snapshot holds what was made, not just the same nothing twice
            assertEquals(2, field(after.get("task " + closed), "state"));
            assertEquals(5, field(after.get("task " + failed), "state"));
            assertEquals(3, field(after.get("task " + canceled), "state"));
            assertEquals("FAULT 1000 Task " + canceled + " is canceled", after.get("result " + canceled));
            assertEquals("FAULT 1000 Task " + free + " is not finished", after.get("result " + free));
            assertEquals(0, field(after.get("task " + free), "state"));
            assertEquals(List.of(SRC, TARGET, Map.of("git_branch", "main")), field(after.get("task " + free), "request"));
            assertEquals(Map.of("repositories", List.of("registry.example.com/hello-container:1.0-1"),
                    "koji_builds", List.of(Integer.toString(buildId))), after.get("result " + closed));
            assertEquals(Map.of("faultCode", 1000, "faultString", "OSBS build failed"), after.get("result " + failed));
            assertEquals(List.of("build.log"), after.get("output " + closed));
            assertEquals(nvr, field(after.get("build"), "nvr"));
            assertEquals(1, field(after.get("build"), "state"));
            // the image is an archive; logs are files of the build, not archives, as in Koji
            assertEquals(List.of("docker-image-0123abcd.x86_64.tar.gz image"), ((List<?>) after.get("archives")).stream()
                    .map(a -> field(a, "filename") + " " + field(a, "btype")).toList());
            assertEquals(List.of(nvr), ((List<?>) after.get("tagged")).stream().map(b -> field(b, "nvr")).toList());
            assertEquals(setup.host(), field(after.get("host"), "id"));
            assertEquals("x86_64 aarch64", field(after.get("build config"), "arches"));
            assertTrue(Files.isRegularFile(hub.dataDir().resolve("files/work/tasks/" + closed + "/" + closed + "/build.log")),
                    "the task's output file");

            // the snapshot's logins show the same passwords work; a wrong one still does not; a session from
            // before the restart goes on working
            assertEquals(List.of("admin"), after.get("perms " + RunningHub.ADMIN));
            assertEquals(List.of("tag"), after.get("perms " + CG_USER));
            assertEquals(MAINTAINER, field(hub.login(MAINTAINER, MAINTAINER_PASSWORD).call("getLoggedInUser"), "name"));
            assertEquals(RunningHub.ADMIN, field(hub.admin().call("getLoggedInUser"), "name"));
            assertEquals(CG_USER, field(hub.login(CG_USER, CG_PASSWORD).call("getLoggedInUser"), "name"));
            assertEquals(HOST, field(hub.login(HOST, HOST_PASSWORD).call("getLoggedInUser"), "name"));
            assertThrows(AuthError.class, () -> hub.login(MAINTAINER, "not-" + MAINTAINER_PASSWORD));
            assertEquals(MAINTAINER, field(alice.call("getLoggedInUser"), "name"), "a session from before the restart");

            // a builder picks up the task left waiting before the restart
            Map<String, String> builder = PythonKoji.run("koji_builder.py", hub.url(), HOST, HOST_PASSWORD, free,
                    "close", "{}");
            assertEquals("{}", builder.get("result"));
            // ids and releases carry on from where they were
            int next = submit(alice);
            assertTrue(next > free, "task " + next + " after " + free);
            assertEquals("2", hub.anonymous().call("getNextRelease", Map.of("name", COMPONENT, "version", "1.0")));
        }
    }

    private static int submit(KojiSession session) {
        return (Integer) session.call("buildContainer", SRC, TARGET, Map.of("git_branch", "main"));
    }

    private static void runBuilder(RunningHub hub, int task, String outcome, String value) {
        Map<String, String> builder = PythonKoji.run("koji_builder.py", hub.url(), HOST, HOST_PASSWORD, task,
                outcome, value);
        assertEquals(outcome.equals("close") ? "2" : "5", builder.get("finished").substring(1, 2), builder.toString());
    }

    /**
     * Every answer about what was made, by what it is about, as an anonymous client reads them; and each
     * account's permissions, as it reads them logged in with its password.
     */
    private static Map<String, Object> snapshot(RunningHub running, List<Integer> tasks, String nvr, int buildId) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, String> passwords = Map.of(RunningHub.ADMIN, RunningHub.ADMIN_PASSWORD,
                MAINTAINER, MAINTAINER_PASSWORD, CG_USER, CG_PASSWORD, HOST, HOST_PASSWORD);
        for (String user : List.of(RunningHub.ADMIN, MAINTAINER, CG_USER, HOST)) {
            KojiSession session = running.login(user, passwords.get(user));
            answers.put("perms " + user, session.call("getPerms"));
            session.logout();
        }
        KojiSession hub = running.anonymous();
        for (String user : List.of(RunningHub.ADMIN, MAINTAINER, CG_USER, HOST)) {
            answers.put("user " + user, hub.call("getUser", user));
        }
        answers.put("all perms", hub.call("getAllPerms"));
        answers.put("channels", hub.call("listChannels"));
        answers.put("host", hub.call("getHost", HOST));
        answers.put("hosts", hub.call("listHosts"));
        answers.put("build tag", hub.call("getTag", BUILD_TAG));
        answers.put("dest tag", hub.call("getTag", DEST_TAG));
        answers.put("build config", hub.call("getBuildConfig", BUILD_TAG));
        answers.put("target", hub.call("getBuildTarget", TARGET));
        answers.put("targets", hub.call("getBuildTargets"));
        answers.put("packages", hub.call("listPackages", List.of(), Map.of("tagID", DEST_TAG)));
        answers.put("package config", hub.call("getPackageConfig", DEST_TAG, COMPONENT));
        for (int task : tasks) {
            answers.put("task " + task, hub.call("getTaskInfo", List.of(task), Map.of("request", true)));
            answers.put("result " + task, answerOrFault(() ->
                    hub.call("getTaskResult", List.of(task), Map.of("raise_fault", false))));
            answers.put("output " + task, hub.call("listTaskOutput", task));
        }
        answers.put("tasks", hub.call("listTasks"));
        answers.put("build", hub.call("getBuild", nvr));
        answers.put("builds", hub.call("listBuilds"));
        answers.put("archives", hub.call("listArchives", List.of(), Map.of("buildID", buildId)));
        answers.put("tagged", hub.call("listTagged", DEST_TAG));
        answers.put("last event", hub.call("getLastEvent"));
        return answers;
    }

    /** The hub keeps its data where its configuration says: H2 in the data directory, or the PostgreSQL database. */
    private void assertStoreIsWhereConfigured(RunningHub hub, int tasks) {
        if (backend == Backend.H2) {
            assertTrue(Files.isRegularFile(hub.dataDir().resolve("db/koji.mv.db")), "H2 database in the data directory");
        } else {
            assertEquals(tasks, hub.postgres().orElseThrow().queryLong("SELECT count(*) FROM tasks"),
                    "tasks in the PostgreSQL database");
        }
    }

    /** A call's answer, or its fault as {@code FAULT code text}: a fault is an answer that must not change either. */
    private static Object answerOrFault(Supplier<Object> call) {
        try {
            return call.get();
        } catch (KojiFault fault) {
            return "FAULT " + fault.faultCode() + " " + fault.getMessage();
        }
    }

    private static Object field(Object record, String key) {
        return ((Map<?, ?>) record).get(key);
    }

    private static String unquote(String pythonString) {
        return pythonString.substring(1, pythonString.length() - 1);
    }
}
