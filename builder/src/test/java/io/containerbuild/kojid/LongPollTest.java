package io.containerbuild.kojid;

import static io.containerbuild.kojid.StandInHub.CLOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code host.getTasks(wait_seconds=N)} where the hub offers it; Koji's plain polling where it refuses the keyword
 * with ParameterError "unexpected keyword argument".
 */
class LongPollTest {

    @TempDir
    Path dir;

    private static final ScriptedHandler ECHO = ScriptedHandler.of("echoTask",
            (context, arguments) -> arguments.string("value"));

    @Test
    void anIdleHostWaitsInsideGetTasksAndTakesNewWorkFromThatCall() throws Exception {
        try (StandInHub hub = StandInHub.start(dir, true)) {
            Map<String, String> settings = DaemonHarness.quickSettings(hub.url(), dir.resolve("work"));
            settings.put("sleeptime", "5");
            try (DaemonHarness daemon = DaemonHarness.start(settings, ECHO)) {
                Await.until("the daemon to wait for work", () -> hub.methods().contains("host.getTasks"));
                int taskId = hub.createTask("echoTask", "woken");
                Await.until("the task to close", () -> hub.state(taskId) == CLOSED);
                daemon.stop();
            }

            List<Map<String, Object>> polls = polls(hub);
            assertTrue(polls.stream().allMatch(call -> Map.of("wait_seconds", 5).equals(call.get("kwargs"))),
                    "every poll waits, for sleeptime: " + polls);
            List<String> methods = hub.methods();
            assertEquals("host.getTasks", methods.get(methods.indexOf("getTaskInfo") - 1),
                    "the task came out of a waiting poll");
        }
    }

    @Test
    void aHubWithoutTheLongPollIsPolledTheKojiWayAfterOneRefusal() throws Exception {
        try (StandInHub hub = StandInHub.start(dir, false)) {
            int taskId = hub.createTask("echoTask", "polled");
            DaemonHarness.runUntil(DaemonHarness.quickSettings(hub.url(), dir.resolve("work")), "the task to close",
                    () -> hub.state(taskId) == CLOSED && polls(hub).size() > 3, ECHO);

            List<Map<String, Object>> polls = polls(hub);
            assertEquals(Map.of("wait_seconds", 1), polls.get(0).get("kwargs"), "asked once");
            assertTrue(polls.subList(1, polls.size()).stream().allMatch(call -> Map.of().equals(call.get("kwargs"))),
                    "then plain host.getTasks(): " + polls);
            assertEquals("polled", hub.task(taskId).get("result"));
        }
    }

    private static List<Map<String, Object>> polls(StandInHub hub) {
        return hub.calls().stream().filter(call -> "host.getTasks".equals(call.get("method"))).toList();
    }
}
