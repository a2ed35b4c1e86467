package io.containerbuild.hub.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.task.TaskHub;
import io.containerbuild.plugin.hub.NewTask;
import io.containerbuild.testing.PythonPeer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python's own XML-RPC client and HTTP connection playing kojid, from login to the task's result. */
class PythonKojidTest {
    @TempDir
    Path dir;

    private TaskHub hub;

    @BeforeEach
    void start() throws Exception {
        hub = TaskHub.start(dir);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aPythonBuilderRunsATaskThroughTheHostApiAndFastUploads() throws Exception {
        User alice = hub.user("alice");
        Host host = hub.host("builder1", "x86_64");
        hub.channel("container-binary");
        int elsewhere = hub.task(alice, new NewTask("buildContainer", List.of("other"),
                Optional.of("container-binary"), 20, "noarch"));
        // the task comes once the builder has reported ready, so it usually finds the builder waiting
        CompletableFuture<Integer> task = CompletableFuture.supplyAsync(() -> {
            while (!hub.store().hosts().get(host.id()).orElseThrow().ready()) {
                sleep(50);
            }
            sleep(300);
            return hub.task(alice, "buildContainer", List.of("git://example.com/hello#abc", "candidate",
                    Map.of("git_branch", "main")));
        });

        PythonPeer.Result result = PythonPeer.run("/host/python_kojid.py", Duration.ofSeconds(90),
                hub.hubUrl().toString(), "builder1", TaskHub.password("builder1"), Integer.toString(elsewhere));

        Map<String, String> reports = result.reports();
        assertEquals(0, result.exitCode(), result.stderr() + result.stdout());
        int id = task.get(10, TimeUnit.SECONDS);
        assertEquals("['OK']", reports.get("echo"));
        assertEquals(Integer.toString(host.id()), reports.get("host_id"));
        assertEquals("True", reports.get("has_start_ts"));
        assertEquals("[]", reports.get("host_tasks_before"));
        assertEquals("'builder1'", reports.get("host_name"));
        assertEquals("[4]", reports.get("offered_states"));
        assertEquals(Integer.toString(id), reports.get("task_id"));
        assertEquals("['git://example.com/hello#abc', 'candidate', {'git_branch': 'main'}]", reports.get("request"));
        assertEquals("1", reports.get("opened_state"));
        assertEquals("True", reports.get("opened_request_is_xml"));
        assertTrue(reports.get("replayed_callnum").startsWith("'1009 unable to retry call"),
                reports.get("replayed_callnum"));
        assertEquals("[0, 24]", reports.get("upload_offsets"));
        assertEquals("[24, 28]", reports.get("upload_sizes"));
        assertEquals("True", reports.get("upload_digests_match"));
        assertEquals("[52, True]", reports.get("checked"));
        assertEquals("'1004 host " + host.id() + " does not own task " + elsewhere + "'", reports.get("other_dir"));
        assertEquals("'1000 Invalid upload directory: ../../etc'", reports.get("escape"));
        assertEquals("{'koji_builds': [1], 'repositories': ['registry/hello:1.0']}", reports.get("result"));
        assertEquals("['build.log']", reports.get("output"));
        assertEquals("b'Step 2/2 : LABEL name=hello\\n'", reports.get("log"));
        assertEquals("2", reports.get("state"));
        assertEquals("'1004 you must be logged in for this operation'", reports.get("user_host_call"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
