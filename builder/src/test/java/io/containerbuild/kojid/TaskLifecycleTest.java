package io.containerbuild.kojid;

import static io.containerbuild.kojid.StandInHub.CLOSED;
import static io.containerbuild.kojid.StandInHub.FAILED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.BuildError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One task and a few, end to end against the stand-in hub: Koji's call sequence, results, faults, refusals. */
class TaskLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void runsATaskThroughKojisSequenceAndClosesItWithTheEncodedResult() throws Exception {
        Map<String, Object> seen = new ConcurrentHashMap<>();
        ScriptedHandler echo = ScriptedHandler.of("echoTask", (context, arguments) -> {
            seen.put("workDir", context.workDir());
            seen.put("workDirExisted", Files.isDirectory(context.workDir()));
            seen.put("thread", Thread.currentThread().getName());
            Files.writeString(context.workDir().resolve("scratch.txt"), "left behind on purpose");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("echo", arguments.string("value"));
            result.put("task", context.taskId());
            result.put("allowed_scms", context.daemonOptions().string("allowed_scms"));
            result.put("nothing", null);
            return result;
        });
        try (StandInHub hub = StandInHub.start(dir, false)) {
            int taskId = hub.createTask("echoTask", "hello");
            DaemonHarness.runUntil(settings(hub), "the task to close and its subsession to be logged out",
                    () -> hub.state(taskId) == CLOSED && hub.methods().contains("logoutChild"), echo);

            Map<String, Object> expected = new HashMap<>();
            expected.put("echo", "hello");
            expected.put("task", taskId);
            expected.put("allowed_scms", "git.example.org:/containers/*");
            expected.put("nothing", null);
            Map<String, Object> task = hub.task(taskId);
            assertEquals(expected, task.get("result"));
            assertTrue(((String) task.get("document")).startsWith("<?xml"), "a complete methodResponse document");
            assertEquals(2.0, task.get("weight"));

            List<Map<String, Object>> calls = hub.calls();
            List<String> methods = hub.methods();
            assertEquals(List.of("login", "exclusiveSession", "echo", "host.getID", "getSessionInfo"),
                    methods.subList(0, 5), "kojid's login sequence");
            assertInOrder(methods, "host.getHostTasks", "host.getHost", "host.updateHost", "host.getTasks",
                    "getTaskInfo", "host.openTask", "host.setTaskWeight", "subsession", "host.closeTask",
                    "logoutChild", "host.updateHost", "logout");

            Map<String, Object> heartbeat = first(calls, "host.updateHost");
            assertEquals(Map.of("data", Map.of("methods", List.of("echoTask"), "maxjobs", 4)), heartbeat.get("kwargs"));
            Map<String, Object> info = first(calls, "getTaskInfo");
            assertEquals(List.of(taskId), info.get("args"));
            assertEquals(Map.of("request", true), info.get("kwargs"));
            assertEquals(List.of(taskId, 2.0), first(calls, "host.setTaskWeight").get("args"));

            Object hostSession = first(calls, "exclusiveSession").get("session");
            Object taskSession = first(calls, "host.closeTask").get("session");
            assertNotEquals(hostSession, taskSession, "the task reports through its own subsession");
            assertEquals(List.of(taskSession), first(calls, "logoutChild").get("args"));
            assertEquals(hostSession, first(calls, "logoutChild").get("session"));
            assertCallNumbersRise(calls);

            Path workDir = dir.resolve("work").resolve("tasks").resolve(Integer.toString(taskId % 10000))
                    .resolve(Integer.toString(taskId));
            assertEquals(workDir, seen.get("workDir"));
            assertEquals(true, seen.get("workDirExisted"));
            assertFalse(Files.exists(workDir), "the work directory is removed after the task");
            assertEquals("task-" + taskId, seen.get("thread"));
        }
    }

    @Test
    void aKojiFaultFailsTheTaskKeepingItsCodeAndMessage() throws Exception {
        Map<String, Object> fault = runToEnd(ScriptedHandler.of("buildTask", (context, arguments) -> {
            throw new BuildError("Unknown build target: " + arguments.string("value"));
        }), "buildTask", "f99-candidate");

        assertEquals(Map.of("faultCode", 1005, "faultString", "Unknown build target: f99-candidate"), fault);
    }

    @Test
    void anyOtherExceptionFailsTheTaskWithCodeOne() throws Exception {
        Map<String, Object> fault = runToEnd(ScriptedHandler.of("crashTask", (context, arguments) -> {
            throw new IllegalStateException("the handler broke");
        }), "crashTask", "x");

        assertEquals(Map.of("faultCode", 1,
                "faultString", "<class 'java.lang.IllegalStateException'>: the handler broke"), fault);
    }

    @Test
    void argumentsThatDoNotFitTheSignatureFailWithParameterError() throws Exception {
        Map<String, Object> fault = runToEnd(ScriptedHandler.of("echoTask", (context, arguments) -> "unreached"),
                "echoTask", "one", "two");

        assertEquals(Map.of("faultCode", 1019,
                "faultString", "echoTask() takes 1 positional argument but 2 were given"), fault);
    }

    @Test
    void aResultXmlRpcCannotCarryFailsTheTask() throws Exception {
        Map<String, Object> fault = runToEnd(ScriptedHandler.of("oddTask", (context, arguments) -> new Object()),
                "oddTask", "x");

        assertEquals(1, fault.get("faultCode"));
        assertTrue(((String) fault.get("faultString")).contains("UnencodableValueException"), fault.toString());
    }

    @Test
    void aMethodWithoutAHandlerIsRefusedAndNeverOpened() throws Exception {
        try (StandInHub hub = StandInHub.start(dir, false)) {
            int taskId = hub.createTask("createrepo", "f42-build");
            DaemonHarness.runUntil(settings(hub), "the refusal",
                    () -> !((List<?>) hub.task(taskId).get("refusals")).isEmpty(),
                    ScriptedHandler.of("echoTask", (context, arguments) -> null));

            Map<String, Object> task = hub.task(taskId);
            assertEquals(List.of(Map.of("soft", false, "msg", "no handler for method createrepo")),
                    task.get("refusals"));
            assertEquals(StandInHub.FREE, task.get("state"));
            assertFalse(hub.methods().contains("host.openTask"));
        }
    }

    @Test
    void aTaskLeftOpenForThisHostByAnEarlierRunIsFreedAndThenRunAgain() throws Exception {
        try (StandInHub hub = StandInHub.start(dir, false)) {
            int taskId = hub.createTask("echoTask", "again");
            hub.openForHost(taskId);
            DaemonHarness.runUntil(settings(hub), "the task to close", () -> hub.state(taskId) == CLOSED,
                    ScriptedHandler.of("echoTask", (context, arguments) -> arguments.string("value")));

            assertEquals(1, hub.task(taskId).get("freed"));
            assertEquals(List.of(List.of(taskId)), first(hub.calls(), "host.freeTasks").get("args"));
            assertInOrder(hub.methods(), "host.getHostTasks", "host.freeTasks", "host.openTask", "host.closeTask");
            assertEquals("again", hub.task(taskId).get("result"));
        }
    }

    @Test
    void runsTasksAtOnceEachOnItsOwnThreadAndInItsOwnDirectory() throws Exception {
        CountDownLatch allRunning = new CountDownLatch(3);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Set<Path> workDirs = ConcurrentHashMap.newKeySet();
        ScriptedHandler together = ScriptedHandler.of("togetherTask", (context, arguments) -> {
            threads.add(Thread.currentThread().getName());
            workDirs.add(context.workDir());
            allRunning.countDown();
            // each task finishes only once all three run, which they can only do in parallel
            return allRunning.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS);
        });
        try (StandInHub hub = StandInHub.start(dir, false)) {
            List<Integer> taskIds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                taskIds.add(hub.createTask("togetherTask", i));
            }
            DaemonHarness.runUntil(settings(hub), "all three to close",
                    () -> taskIds.stream().allMatch(id -> hub.state(id) == CLOSED), together);

            for (int taskId : taskIds) {
                assertEquals(true, hub.task(taskId).get("result"));
            }
            assertEquals(3, threads.size());
            assertEquals(3, workDirs.size());
        }
    }

    /** Runs one task of {@code method} to its end and answers the fault it failed with. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> runToEnd(ScriptedHandler handler, String method, Object... params) throws Exception {
        try (StandInHub hub = StandInHub.start(dir, false)) {
            int taskId = hub.createTask(method, params);
            DaemonHarness.runUntil(settings(hub), "the task to fail",
                    () -> hub.state(taskId) == FAILED, handler);
            assertEquals("host.failTask", hub.methods().stream().filter(m -> m.startsWith("host.") && m.endsWith("Task")
                    && !m.equals("host.openTask")).findFirst().orElseThrow());
            return (Map<String, Object>) hub.task(taskId).get("fault");
        }
    }

    private Map<String, String> settings(StandInHub hub) {
        return DaemonHarness.quickSettings(hub.url(), dir.resolve("work"));
    }

    static Map<String, Object> first(List<Map<String, Object>> calls, String method) {
        return calls.stream().filter(call -> method.equals(call.get("method"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " call among " + calls));
    }

    /** Each expected method occurs in {@code actual} after the previous one. */
    static void assertInOrder(List<String> actual, String... expected) {
        int from = 0;
        for (String method : expected) {
            int at = actual.subList(from, actual.size()).indexOf(method);
            if (at < 0) {
                throw new AssertionError(method + " missing after position " + from + " in " + actual);
            }
            from += at + 1;
        }
    }

    /** Within each session the hub saw rising call numbers (it would have refused anything else). */
    static void assertCallNumbersRise(List<Map<String, Object>> calls) {
        Map<Object, Integer> last = new HashMap<>();
        for (Map<String, Object> call : calls) {
            if (call.get("session") == null || call.get("callnum") == null) {
                continue;
            }
            int number = (Integer) call.get("callnum");
            Integer before = last.put(call.get("session"), number);
            assertTrue(before == null || number > before, "call numbers rise: " + call);
        }
    }
}
