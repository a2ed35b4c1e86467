package io.containerbuild.builderplugin.osbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.containerbuild.builderplugin.hub.KojiHub;
import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.builderplugin.testing.FakeTaskContext;
import io.containerbuild.builderplugin.testing.HubFixture;
import io.containerbuild.builderplugin.testing.OsbsFixture;
import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.ContainerCancelled;
import io.containerbuild.fault.ContainerError;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.osbs.OsbsException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;

/** Upstream's {@code test_createContainer_failure}, the result shape, and the clean-up after every outcome. */
class BuildMonitorTest {

    private static final String BUILD = OsbsFixture.BUILD;
    private static final List<Object> OWN_TASK = List.of(FakeTaskContext.TASK_ID);

    @TempDir
    Path temp;

    private final HubFixture hub = new HubFixture();
    private final OsbsFixture fixture = new OsbsFixture();
    private final Osbs osbs = fixture.osbs();
    private FakeTaskContext context;
    private TaskLog log;
    private BuildMonitor monitor;

    @BeforeEach
    void setUp() {
        context = new FakeTaskContext(hub.session(), temp, "topdir = " + temp.resolve("koji"));
        log = new TaskLog(context.output(), "test", Clock.systemUTC());
        monitor = new BuildMonitor(new KojiHub(hub.session()), log);
    }

    private ContainerTaskResult follow(boolean scratch) {
        return monitor.follow(context, osbs, BUILD, List.of("x86_64"), scratch);
    }

    private String taskLog() {
        log.close();
        return context.output().read(TaskLog.FILE_NAME).orElse("");
    }

    @Test
    void aSucceededBuildReportsItsPullSpecsAndKojiBuild() {
        Map<String, Object> result = follow(false).toWire();

        assertEquals(Map.of("repositories", List.of("primary-repo", "unique-repo"), "koji_builds", List.of("999")),
                result);
        assertEquals(List.of("repositories", "koji_builds"), List.copyOf(result.keySet()));
        InOrder order = inOrder(osbs);
        order.verify(osbs).getBuildLogs(BUILD, true);
        order.verify(osbs).waitForBuildToFinish(BUILD);
        order.verify(osbs).getBuildResults(BUILD);
        order.verify(osbs).removeBuild(BUILD);
        verify(hub.session(), never()).call(eq("cancelTask"), eq(OWN_TASK), eq(Map.of()));
    }

    @Test
    void aScratchBuildReportsNoKojiBuildEvenIfOneIsNamed() {
        assertEquals(Map.of("repositories", List.of("primary-repo", "unique-repo"), "koji_builds", List.of()),
                follow(true).toWire());
    }

    @Test
    void aBuildWithoutAKojiBuildReportsNone() {
        when(osbs.getBuildResults(BUILD)).thenReturn(new BuildResults(List.of("p"), List.of(), List.of("f"),
                OptionalInt.empty()));

        assertEquals(Map.of("repositories", List.of("p", "f"), "koji_builds", List.of()), follow(false).toWire());
    }

    @Test
    void userWarningsAreAddedOnlyWhenThereAreSome() {
        fixture.logs(BuildLogLine.userWarning("message"), BuildLogLine.userWarning("another_message"),
                BuildLogLine.userWarning("message"));

        Map<String, Object> result = follow(false).toWire();

        assertEquals(List.of("message", "another_message"), result.get("user_warnings"));
        assertEquals(List.of("repositories", "koji_builds", "user_warnings"), List.copyOf(result.keySet()));
    }

    @Test
    void aTaskCancelledWhileTheLogStreamsCancelsTheBuild() {
        when(osbs.getBuildLogs(BUILD, true)).thenAnswer(call -> Stream.of(BuildLogLine.of("noarch", "one"))
                .peek(line -> context.cancellation().cancel()));
        when(osbs.buildWasCancelled(BUILD)).thenReturn(true);
        when(osbs.buildHasSucceeded(BUILD)).thenReturn(false);

        ContainerCancelled cancelled = assertThrows(ContainerCancelled.class, () -> follow(false));

        assertEquals("Image build was cancelled by OSBS.", cancelled.getMessage());
        assertEquals(2002, cancelled.faultCode());
        verify(osbs, times(1)).cancelBuild(BUILD);
        verify(hub.session(), times(1)).call("cancelTask", OWN_TASK, Map.of());
        verify(osbs).removeBuild(BUILD);
        assertTrue(taskLog().contains("Cannot read logs, cancelling build build-1"));
    }

    @Test
    void aBuildCancelledInOsbsCancelsTheTask() {
        when(osbs.buildWasCancelled(BUILD)).thenReturn(true);
        when(osbs.buildHasSucceeded(BUILD)).thenReturn(false);

        ContainerCancelled cancelled = assertThrows(ContainerCancelled.class, () -> follow(false));

        assertEquals("Image build was cancelled by OSBS.", cancelled.getMessage());
        verify(hub.session(), times(1)).call("cancelTask", OWN_TASK, Map.of());
        verify(osbs, never()).cancelBuild(anyString());
        verify(osbs).removeBuild(BUILD);
    }

    @Test
    void aHubThatRefusesTheCancelStillGetsContainerCancelled() {
        when(osbs.buildWasCancelled(BUILD)).thenReturn(true);
        hub.answer("cancelTask", OWN_TASK, Map.of()).thenThrow(new ActionNotAllowed("task is already CANCELED"));

        ContainerCancelled cancelled = assertThrows(ContainerCancelled.class, () -> follow(false));

        assertEquals(2002, cancelled.faultCode());
        assertTrue(taskLog().contains("Cannot cancel task 12345: task is already CANCELED"));
    }

    @Test
    void aFinishedFailedBuildIsAContainerErrorWithItsMessage() {
        when(osbs.buildHasSucceeded(BUILD)).thenReturn(false);
        when(osbs.getBuildErrorMessage(BUILD)).thenReturn("Error in plugin check: bad;\nError in build: exit 1;");

        ContainerError failed = assertThrows(ContainerError.class, () -> follow(false));

        assertEquals("Image build failed. Error in plugin check: bad; Error in build: exit 1;. OSBS build id: build-1",
                failed.getMessage());
        assertEquals(2001, failed.faultCode());
        verify(osbs, never()).cancelBuild(anyString());
        verify(osbs).removeBuild(BUILD);
    }

    @Test
    void anUnfinishedFailedBuildIsCancelledFirst() {
        when(osbs.buildHasSucceeded(BUILD)).thenReturn(false);
        when(osbs.buildNotFinished(BUILD)).thenReturn(false, true);
        doThrow(new OsbsException("409")).when(osbs).cancelBuild(BUILD);

        ContainerError failed = assertThrows(ContainerError.class, () -> follow(false));

        assertEquals("Image build failed. OSBS build id: build-1", failed.getMessage());
        verify(osbs, times(1)).cancelBuild(BUILD);
        verify(osbs).removeBuild(BUILD);
        assertTrue(taskLog().contains("Error during canceling pipeline run build-1: "
                + "io.containerbuild.osbs.OsbsException: 409"));
    }

    @Test
    void anErrorMessageThatCannotBeHadLeavesTheShortMessage() {
        when(osbs.buildHasSucceeded(BUILD)).thenReturn(false);
        when(osbs.getBuildErrorMessage(BUILD)).thenThrow(new OsbsException("gone"));

        ContainerError failed = assertThrows(ContainerError.class, () -> follow(false));

        assertEquals("Image build failed. OSBS build id: build-1", failed.getMessage());
    }

    @Test
    void aBrokenLogDoesNotDecideTheBuild() {
        when(osbs.getBuildLogs(BUILD, true)).thenThrow(new OsbsException("error"));

        assertEquals(List.of("999"), follow(false).kojiBuilds());

        assertTrue(taskLog().contains(
                "Error while saving incremental logs: Exception while waiting for build logs: error"));
    }

    @Test
    void failingToRemoveTheBuildIsOnlyAWarning() {
        doThrow(new OsbsException("already gone")).when(osbs).removeBuild(BUILD);

        assertEquals(List.of("999"), follow(false).kojiBuilds());

        assertTrue(taskLog().contains("WARNING - Failed to remove build build-1 : already gone"));
    }

    @Test
    void theBuildIsRemovedWhenWaitingFails() {
        doThrow(new OsbsException("engine unreachable")).when(osbs).waitForBuildToFinish(BUILD);

        OsbsException failure = assertThrows(OsbsException.class, () -> follow(false));

        assertEquals("engine unreachable", failure.getMessage());
        verify(osbs).removeBuild(BUILD);
    }

    @Test
    void aCancelAfterTheBuildWasRemovedTouchesNothing() {
        follow(false);

        context.cancellation().cancel();

        verify(osbs, never()).cancelBuild(anyString());
    }

    @Test
    void aTaskCancelledBeforeFollowingCancelsTheBuildAtOnce() {
        context.cancellation().cancel();
        when(osbs.buildWasCancelled(BUILD)).thenReturn(true);

        assertThrows(ContainerCancelled.class, () -> follow(false));

        verify(osbs, times(1)).cancelBuild(BUILD);
    }

    @Test
    void afterACancelTheDaemonsInterruptDoesNotKeepTheBuildsStateFromBeingRead() {
        when(osbs.getBuildLogs(BUILD, true)).thenAnswer(call -> Stream.of(BuildLogLine.of("noarch", "one"))
                .peek(line -> {
                    context.cancellation().cancel();
                    Thread.currentThread().interrupt();
                }));
        doAnswer(call -> {
            assertFalse(Thread.currentThread().isInterrupted());
            return null;
        }).when(osbs).waitForBuildToFinish(BUILD);
        when(osbs.buildWasCancelled(BUILD)).thenReturn(true);

        assertThrows(ContainerCancelled.class, () -> follow(false));

        verify(osbs).cancelBuild(BUILD);
        verify(hub.session()).call("cancelTask", OWN_TASK, Map.of());
    }

    @Test
    void theBuildIsRemovedDespiteAnInterruptWhichIsLeftForTheDaemon() {
        doAnswer(call -> {
            Thread.currentThread().interrupt();
            throw new OsbsException("interrupted");
        }).when(osbs).waitForBuildToFinish(BUILD);
        doAnswer(call -> {
            assertFalse(Thread.currentThread().isInterrupted());
            return null;
        }).when(osbs).removeBuild(BUILD);

        assertThrows(OsbsException.class, () -> follow(false));

        assertTrue(Thread.interrupted());
        verify(osbs).removeBuild(BUILD);
    }
}
