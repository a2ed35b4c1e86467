package io.containerbuild.hub.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.containerbuild.hub.task.TaskHub;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownTest {
    @TempDir
    Path dir;

    @Test
    void closingTheHubReleasesABuilderWaitingForTasks() throws Exception {
        TaskHub hub = TaskHub.start(dir);
        hub.host("builder1", "x86_64");
        XmlRpcKojiSession builder = hub.builder("builder1");
        builder.call("host.updateHost", 0.0, true);
        CompletableFuture<Object> waiting = CompletableFuture.supplyAsync(
                () -> builder.call("host.getTasks", List.of(), Map.of("wait_seconds", 30)));
        Thread.sleep(300);
        assertFalse(waiting.isDone(), "with nothing to do, the call waits");

        hub.close();

        // answered with nothing, well before the 30 s it asked for, instead of holding up the stop
        assertEquals(List.of(), waiting.get(20, TimeUnit.SECONDS));
    }
}
