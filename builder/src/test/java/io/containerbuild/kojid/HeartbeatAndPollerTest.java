package io.containerbuild.kojid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.containerbuild.config.IniFile;
import io.containerbuild.fault.ConfigurationError;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.plugin.builder.TaskHandler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Readiness as kojid judges it, and the long-poll probe, against a mocked host session. */
class HeartbeatAndPollerTest {
    private final HostSession host = mock(HostSession.class);
    private final KojidConfig config = KojidConfig.from(IniFile.parse(
            "[kojid]\nserver = http://hub/kojihub\nuser = u\npassword = p\nmaxjobs = 2\nsleeptime = 9\n", "test")
            .section("kojid"), Path.of("test.conf"), false);
    private final TaskHandlers handlers = new TaskHandlers(Set.<TaskHandler>of(
            ScriptedHandler.of("buildContainer", (context, arguments) -> null),
            ScriptedHandler.of("buildSourceContainer", (context, arguments) -> null)));

    private boolean beat(Map<String, Object> hostRecord, double load, int running, boolean willing) {
        when(host.call("host.getHost")).thenReturn(hostRecord);
        return new Heartbeat(host, config, handlers).beat(load, running, willing);
    }

    @Test
    void readyWhenEnabledWithinCapacityBelowMaxjobsAndWilling() {
        assertTrue(beat(Map.of("enabled", true, "capacity", 4.0), 4.0, 1, true));
        verify(host).call("host.updateHost", List.of(4.0, true),
                Map.of("data", Map.of("methods", List.of("buildContainer", "buildSourceContainer"), "maxjobs", 2)));
    }

    @Test
    void notReadyOtherwiseAndTheHubIsToldSo() {
        assertFalse(beat(Map.of("enabled", false, "capacity", 4.0), 0.0, 0, true));
        assertFalse(beat(Map.of("enabled", true, "capacity", 4.0), 4.5, 1, true));
        assertFalse(beat(Map.of("enabled", true, "capacity", 4.0), 0.0, 2, true));
        assertFalse(beat(Map.of("enabled", true, "capacity", 4.0), 0.0, 0, false));
        verify(host, times(3)).call(eq("host.updateHost"), eq(List.of(0.0, false)), anyMap());
        verify(host).call(eq("host.updateHost"), eq(List.of(4.5, false)), anyMap());
    }

    @Test
    void thePollerAsksForTheLongPollOncePerLoginAndFallsBackOnKojisRefusal() {
        when(host.logins()).thenReturn(1);
        when(host.call("host.getTasks", List.of(), Map.of("wait_seconds", 9))).thenThrow(
                new ParameterError("getTasks() got an unexpected keyword argument 'wait_seconds'"));
        when(host.call("host.getTasks")).thenReturn(List.of(Map.of("id", 5, "state", 4, "method", "buildContainer")));
        TaskPoller poller = new TaskPoller(host, config);

        TaskPoller.Poll first = poller.poll();
        TaskPoller.Poll second = poller.poll();
        assertEquals(List.of(new AssignedTask(5, 4, "buildContainer")), first.tasks());
        assertEquals(Duration.ZERO, first.waited());
        assertEquals(Duration.ZERO, second.waited());
        verify(host, times(1)).call(eq("host.getTasks"), anyList(), eq(Map.of("wait_seconds", 9)));

        when(host.logins()).thenReturn(2);
        poller.poll();
        verify(host, times(2)).call(eq("host.getTasks"), anyList(), eq(Map.of("wait_seconds", 9)));
    }

    @Test
    void aLongPollAnsweredEarlyWithNothingLeavesMostOfThePauseToDo() {
        when(host.logins()).thenReturn(1);
        when(host.call("host.getTasks", List.of(), Map.of("wait_seconds", 9))).thenReturn(List.of());
        Duration sleeptime = Duration.ofSeconds(9);

        Duration pause = new TaskPoller(host, config).poll().pauseWhenNothingTaken(sleeptime);

        assertTrue(pause.compareTo(Duration.ofSeconds(8)) > 0, "the hub had no room to wait: " + pause);
    }

    @Test
    void theWaitInsideTheCallCountsAgainstThePause() {
        Duration sleeptime = Duration.ofSeconds(15);
        assertEquals(Duration.ZERO, new TaskPoller.Poll(List.of(), Duration.ofSeconds(15)).pauseWhenNothingTaken(sleeptime));
        assertEquals(Duration.ZERO, new TaskPoller.Poll(List.of(), Duration.ofSeconds(16)).pauseWhenNothingTaken(sleeptime));
        assertEquals(Duration.ofSeconds(11),
                new TaskPoller.Poll(List.of(), Duration.ofSeconds(4)).pauseWhenNothingTaken(sleeptime));
        assertEquals(sleeptime, new TaskPoller.Poll(List.of(new AssignedTask(1, 4, "x")), Duration.ofSeconds(15))
                .pauseWhenNothingTaken(sleeptime), "offered tasks that could not be taken: a full pause");
    }

    @Test
    void anyOtherParameterErrorIsNotMistakenForAMissingLongPoll() {
        when(host.logins()).thenReturn(1);
        when(host.call("host.getTasks", List.of(), Map.of("wait_seconds", 9))).thenThrow(
                new ParameterError("wait_seconds must be below 600"));
        assertThrows(ParameterError.class, () -> new TaskPoller(host, config).poll());
    }

    @Test
    void twoHandlersForOneMethodStopTheStart() {
        ScriptedHandler one = ScriptedHandler.of("buildContainer", (context, arguments) -> null);
        ScriptedHandler two = ScriptedHandler.of("buildContainer", (context, arguments) -> null);
        assertTrue(assertThrows(ConfigurationError.class,
                () -> new TaskHandlers(Set.of(one, two))).getMessage().startsWith(
                        "task method buildContainer is handled by both"));
    }
}
