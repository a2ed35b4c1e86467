package io.containerbuild.kojid;

import static io.containerbuild.kojid.StandInHub.CLOSED;
import static io.containerbuild.kojid.TaskLifecycleTest.assertInOrder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.wire.UploadReceipt;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Task output files reach the hub while they grow, piece by confirmed piece, and whole at the end. */
class OutputUploadTest {

    @TempDir
    Path dir;

    @Test
    void outputIsUploadedWhileItGrowsInConfirmedPiecesAndVerifiedWholeAtTheEnd() throws Exception {
        byte[] content = new byte[150_000];
        new Random(42).nextBytes(content);
        int firstPart = 100_000;
        CountDownLatch firstPartWritten = new CountDownLatch(1);
        CountDownLatch carryOn = new CountDownLatch(1);
        ScriptedHandler logging = ScriptedHandler.of("logTask", (context, arguments) -> {
            try (OutputStream log = context.output().open("build.log")) {
                log.write(content, 0, firstPart);
                firstPartWritten.countDown();
                if (!carryOn.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the handler carry on");
                }
                log.write(content, firstPart, content.length - firstPart);
            }
            context.output().open("empty.log").close();
            // left open: the daemon closes it, and uploads it, when the handler returns
            context.output().open("left-open.log").write("last words\n".getBytes(StandardCharsets.UTF_8));
            return "logged";
        });
        try (StandInHub hub = StandInHub.start(dir, false);
             DaemonHarness daemon = DaemonHarness.start(DaemonHarness.quickSettings(hub.url(), dir.resolve("work")),
                     logging)) {
            int taskId = hub.createTask("logTask", "x");
            String path = TaskDirectories.uploadPath(taskId);
            assertTrue(firstPartWritten.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
            Await.until("the first part on the hub while the handler still writes",
                    () -> uploaded(hub, "build.log") == firstPart);
            assertEquals(StandInHub.OPEN, hub.state(taskId), "the task is still open");
            carryOn.countDown();
            Await.until("the task to close", () -> hub.state(taskId) == CLOSED);
            daemon.stop();

            assertArrayEquals(content, hub.file(path, "build.log"));
            assertArrayEquals(new byte[0], hub.file(path, "empty.log"));
            assertArrayEquals("last words\n".getBytes(StandardCharsets.UTF_8), hub.file(path, "left-open.log"));

            List<Map<String, Object>> pieces = uploadsOf(hub, "build.log");
            assertTrue(pieces.size() >= 3, "64 KiB pieces: " + pieces);
            long offset = 0;
            for (Map<String, Object> piece : pieces) {
                int size = (Integer) piece.get("size");
                assertEquals(offset, ((Integer) piece.get("offset")).longValue(), "pieces follow each other");
                assertTrue(size <= 64 * 1024);
                byte[] expected = Arrays.copyOfRange(content, (int) offset, (int) offset + size);
                assertEquals(UploadReceipt.adler32Hex(expected), piece.get("hexdigest"), "adler32 of the piece");
                offset += size;
            }
            assertEquals(content.length, offset);
            assertTrue(hub.calls().stream().anyMatch(call -> "checkUpload".equals(call.get("method"))
                    && List.of(path, "build.log").equals(call.get("args"))
                    && Map.of("verify", "adler32").equals(call.get("kwargs"))), "verified at the end");
            assertInOrder(hub.methods(), "rawUpload", "checkUpload", "host.closeTask");
            List<String> uploadsAfterClose = afterClose(hub.methods());
            assertEquals(List.of(), uploadsAfterClose.stream().filter(m -> m.equals("rawUpload")).toList(),
                    "every upload came before the task was closed");
        }
    }

    @Test
    void aPieceTheHubDidNotConfirmIsSentAgainFromTheSameOffset() throws Exception {
        byte[] content = "a line of log\n".getBytes(StandardCharsets.UTF_8);
        ScriptedHandler logging = ScriptedHandler.of("logTask", (context, arguments) -> {
            try (OutputStream log = context.output().open("osbs-build.log")) {
                log.write(content);
            }
            return null;
        });
        try (StandInHub hub = StandInHub.start(dir, false)) {
            hub.spoilNextUploads(1);
            int taskId = hub.createTask("logTask", "x");
            DaemonHarness.runUntil(DaemonHarness.quickSettings(hub.url(), dir.resolve("work")), "the task to close",
                    () -> hub.state(taskId) == CLOSED, logging);

            assertArrayEquals(content, hub.file(TaskDirectories.uploadPath(taskId), "osbs-build.log"));
            List<Map<String, Object>> pieces = uploadsOf(hub, "osbs-build.log");
            assertEquals(true, pieces.get(0).get("spoiled"));
            assertEquals(0, pieces.get(0).get("offset"));
            assertEquals(false, pieces.get(1).get("spoiled"));
            assertEquals(0, pieces.get(1).get("offset"), "sent again from where the spoiled piece went");
        }
    }

    @Test
    void outputNamesThatWouldLeaveTheDirectoryOrHideAreRefused() throws Exception {
        ScriptedHandler naughty = ScriptedHandler.of("nameTask", (context, arguments) -> {
            List<String> refused = new ArrayList<>();
            for (String name : List.of("../escape.log", ".hidden", "sub/dir.log", "")) {
                try {
                    context.output().open(name).close();
                } catch (IllegalArgumentException e) {
                    refused.add(name);
                }
            }
            return refused;
        });
        try (StandInHub hub = StandInHub.start(dir, false)) {
            int taskId = hub.createTask("nameTask", "x");
            DaemonHarness.runUntil(DaemonHarness.quickSettings(hub.url(), dir.resolve("work")), "the task to close",
                    () -> hub.state(taskId) == CLOSED, naughty);

            assertEquals(List.of("../escape.log", ".hidden", "sub/dir.log", ""), hub.task(taskId).get("result"));
            assertEquals(List.of(), hub.uploads());
        }
    }

    private static List<Map<String, Object>> uploadsOf(StandInHub hub, String name) {
        return hub.uploads().stream().filter(upload -> name.equals(upload.get("name"))).toList();
    }

    private static long uploaded(StandInHub hub, String name) {
        return uploadsOf(hub, name).stream().mapToLong(upload -> (Integer) upload.get("size")).sum();
    }

    private static List<String> afterClose(List<String> methods) {
        int close = methods.indexOf("host.closeTask");
        return close < 0 ? List.of() : methods.subList(close + 1, methods.size());
    }
}
