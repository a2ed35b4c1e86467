package io.containerbuild.builderplugin.osbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.builderplugin.testing.DirectoryTaskOutput;
import io.containerbuild.fault.ContainerError;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.osbs.OsbsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upstream's {@code test_write_logs} and {@code test_write_logs_source}. */
class LogRouterTest {

    private static final String BUILD = "build-1";

    @TempDir
    Path temp;

    private final Osbs osbs = mock(Osbs.class);
    private DirectoryTaskOutput output;
    private TaskLog log;
    private Path kojiWork;

    @BeforeEach
    void setUp() throws IOException {
        output = new DirectoryTaskOutput(temp.resolve("output"));
        log = new TaskLog(output, "test", Clock.systemUTC());
        kojiWork = Files.createDirectories(temp.resolve("koji/work"));
        when(osbs.getFinalPlatforms(anyString())).thenReturn(Optional.empty());
    }

    private LogRouter router(List<String> platforms, BuildLogLine... lines) {
        when(osbs.getBuildLogs(BUILD, true)).thenReturn(Stream.of(lines));
        return new LogRouter(output, osbs, BUILD, platforms, kojiWork, log);
    }

    private String taskLog() {
        log.close();
        return output.read(TaskLog.FILE_NAME).orElse("");
    }

    @Test
    void linesGoToTheirPlatformsLogAndTheBuildsOwnToOsbsBuildLog() {
        router(List.of("x86_64", "ppc64le"),
                BuildLogLine.of("noarch", "clone"),
                BuildLogLine.of("x86_64", "x86 one"),
                BuildLogLine.of("ppc64le", "ppc one"),
                BuildLogLine.of("x86-64", "x86 two"),
                BuildLogLine.of("noarch", "push ✓")).writeLogs();

        assertEquals("clone\nx86_64 build has started. Check platform specific logs\n"
                + "ppc64le build has started. Check platform specific logs\npush ✓\n", output.text("osbs-build.log"));
        assertEquals("x86 one\nx86 two\n", output.text("x86_64.log"));
        assertEquals("ppc one\n", output.text("ppc64le.log"));
        assertTrue(taskLog().contains("Couldn't obtain final platforms from build"));
    }

    @Test
    void platformsTheBuildDroppedWriteNothing() {
        when(osbs.getFinalPlatforms(BUILD)).thenReturn(Optional.of(List.of("x86_64")));

        router(List.of("x86_64", "ppc64le"),
                BuildLogLine.of("ppc64le", "ppc one"),
                BuildLogLine.of("x86_64", "x86 one"),
                BuildLogLine.of("ppc64le", "ppc two")).writeLogs();

        assertEquals("x86_64 build has started. Check platform specific logs\n", output.text("osbs-build.log"));
        assertEquals("x86 one\n", output.text("x86_64.log"));
        assertFalse(output.read("ppc64le.log").isPresent());
        verify(osbs, times(1)).getFinalPlatforms(BUILD);
        assertFalse(taskLog().contains("Couldn't obtain final platforms"));
    }

    @Test
    void whenTheFinalPlatformsCannotBeHadTheRequestedOnesAreUsed() {
        when(osbs.getFinalPlatforms(BUILD)).thenThrow(new OsbsException("no prebuild results"));

        router(List.of("x86_64"), BuildLogLine.of("x86_64", "x86 one")).writeLogs();

        assertEquals("x86 one\n", output.text("x86_64.log"));
        assertTrue(taskLog().contains("Couldn't obtain final platforms from build"));
    }

    @Test
    void linesOfPlatformsNotAskedForStayInTheMainLog() {
        router(List.of("x86_64"), BuildLogLine.of("s390x", "unexpected"), BuildLogLine.of("../x", "odd")).writeLogs();

        assertEquals("unexpected\nodd\n", output.text("osbs-build.log"));
        assertEquals(Set.of("osbs-build.log", TaskLog.FILE_NAME), output.names());
    }

    @Test
    void sourceBuildsLogEverythingToOsbsBuildLog() {
        router(List.of(), BuildLogLine.of("noarch", "one"), BuildLogLine.of("x86_64", "two")).writeLogs();

        assertEquals("one\ntwo\n", output.text("osbs-build.log"));
        assertEquals(Set.of("osbs-build.log", TaskLog.FILE_NAME), output.names());
        verify(osbs, never()).getFinalPlatforms(anyString());
    }

    @Test
    void userWarningsAreCollectedOnceEachAndNotLogged() {
        LogRouter router = router(List.of("x86_64"),
                BuildLogLine.of("noarch", "2024-01-01 12:00:00,000 - atomic_reactor - USER_WARNING - {\"message\": \"message\"}"),
                BuildLogLine.of("x86_64", "2024-01-01 12:00:01,000 - atomic_reactor - USER_WARNING - {\"message\": \"message\"}"),
                BuildLogLine.userWarning("another_message"),
                BuildLogLine.of("noarch", "a line"));

        router.writeLogs();

        assertEquals(List.of("message", "another_message"), List.copyOf(router.userWarnings()));
        assertEquals("message\nanother_message", output.text("user_warnings.log"));
        assertEquals("a line\n", output.text("osbs-build.log"));
        assertFalse(output.read("x86_64.log").isPresent());
    }

    @Test
    void aUserWarningWithoutJsonIsAnOrdinaryLine() {
        LogRouter router = router(List.of(), BuildLogLine.of("noarch", "x - USER_WARNING - {not json}"));

        router.writeLogs();

        assertEquals(Set.of(), router.userWarnings());
        assertEquals("x - USER_WARNING - {not json}\n", output.text("osbs-build.log"));
    }

    @Test
    void metadataFilesAreCopiedFromKojisWorkDirectory() throws IOException {
        Files.createDirectories(kojiWork.resolve("tasks/1"));
        Files.writeString(kojiWork.resolve("tasks/1/metadata.json"), "{\"a\": 1}");
        Files.writeString(kojiWork.resolve("tasks/1/x.log"), "x log");
        Files.writeString(kojiWork.resolve("tasks/1/binary.tar"), "tar");
        Files.writeString(temp.resolve("koji/secret.json"), "secret");
        Files.writeString(kojiWork.resolve("tasks/1/osbs-build.log"), "would overwrite");

        router(List.of("x86_64"),
                BuildLogLine.of("noarch", "2024 - platform:_metadata_ - tasks/1/metadata.json"),
                BuildLogLine.of("noarch", "platform:_metadata_ tasks/1/x.log"),
                BuildLogLine.of("noarch", "platform:_metadata_ tasks/1/binary.tar"),
                BuildLogLine.of("noarch", "platform:_metadata_ ../secret.json"),
                BuildLogLine.of("noarch", "platform:_metadata_ tasks/1/osbs-build.log"),
                BuildLogLine.of("noarch", "platform:_metadata_ tasks/1/missing.json"),
                BuildLogLine.of("noarch", "done")).writeLogs();

        assertEquals("{\"a\": 1}", output.text("metadata.json"));
        assertEquals("x log", output.text("x.log"));
        assertFalse(output.read("binary.tar").isPresent());
        assertFalse(output.read("secret.json").isPresent());
        assertEquals("done\n", output.text("osbs-build.log"));
        String taskLog = taskLog();
        assertTrue(taskLog.contains("Not uploading metadata file ../secret.json: not a file in " + kojiWork), taskLog);
        assertTrue(taskLog.contains("Cannot upload metadata file tasks/1/missing.json"), taskLog);
        assertTrue(taskLog.contains("Not uploading metadata file tasks/1/osbs-build.log: the task already has a "
                + "osbs-build.log"), taskLog);
    }

    @Test
    void aLogThatCannotBeHadIsAContainerError() {
        when(osbs.getBuildLogs(BUILD, true)).thenThrow(new OsbsException("error"));
        LogRouter router = new LogRouter(output, osbs, BUILD, List.of("x86_64"), kojiWork, log);

        ContainerError error = assertThrows(ContainerError.class, router::writeLogs);

        assertEquals("Exception while waiting for build logs: error", error.getMessage());
        assertEquals(2001, error.faultCode());
    }

    @Test
    void aLogThatEndsBeforeTheBuildIsAContainerError() {
        when(osbs.buildNotFinished(BUILD)).thenReturn(true);
        when(osbs.getBuildReason(BUILD)).thenReturn(Optional.of("Failed"));

        ContainerError error = assertThrows(ContainerError.class,
                () -> router(List.of("x86_64"), BuildLogLine.of("noarch", "one")).writeLogs());

        assertEquals("Build log finished but build still has not finished: Failed.", error.getMessage());
        assertEquals(2001, error.faultCode());
        assertEquals("one\n", output.text("osbs-build.log"));
    }

    @Test
    void aStreamThatBreaksIsAContainerErrorAndTheWarningsSoFarAreKept() {
        Iterator<BuildLogLine> breaking = new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                if (served == 2) {
                    throw new OsbsException("connection reset");
                }
                return true;
            }

            @Override
            public BuildLogLine next() {
                served++;
                return served == 1 ? BuildLogLine.of("noarch", "one") : BuildLogLine.userWarning("careful");
            }
        };
        when(osbs.getBuildLogs(BUILD, true))
                .thenReturn(StreamSupport.stream(Spliterators.spliteratorUnknownSize(breaking, 0), false));
        LogRouter router = new LogRouter(output, osbs, BUILD, List.of(), kojiWork, log);

        ContainerError error = assertThrows(ContainerError.class, router::writeLogs);

        assertEquals("Exception (OsbsException) while writing build logs: connection reset", error.getMessage());
        assertEquals("one\n", output.text("osbs-build.log"));
        assertEquals("careful", output.text("user_warnings.log"));
    }

    @Test
    void aLogFileThatCannotBeWrittenIsAContainerError() {
        output.failOpening("osbs-build.log");

        ContainerError error = assertThrows(ContainerError.class,
                () -> router(List.of(), BuildLogLine.of("noarch", "one")).writeLogs());

        assertEquals("Exception (IOException) while writing build logs: upload of osbs-build.log refused",
                error.getMessage());
    }

    @Test
    void userWarningsThatCannotBeWrittenAreAContainerError() {
        output.failOpening("user_warnings.log");

        ContainerError error = assertThrows(ContainerError.class,
                () -> router(List.of(), BuildLogLine.userWarning("careful")).writeLogs());

        assertEquals("Exception (IOException) while writing user warnings: upload of user_warnings.log refused",
                error.getMessage());
    }
}
