package io.containerbuild.hub.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.upload.WorkTree;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskOutputTest {
    private static final String LOG = "0123456789abcdefghij";

    @TempDir
    Path dir;

    private TaskHub hub;
    private XmlRpcKojiSession anonymous;
    private int taskId;

    @BeforeEach
    void start() throws Exception {
        hub = TaskHub.start(dir);
        taskId = hub.task(hub.user("alice"), "buildContainer", List.of("src"));
        Path taskDir = dir.resolve("files/work").resolve(WorkTree.taskRelativeDir(taskId));
        Files.createDirectories(taskDir.resolve("x86_64"));
        Files.writeString(taskDir.resolve("build.log"), LOG);
        Files.writeString(taskDir.resolve("x86_64/metadata.json"), "{}");
        Files.writeString(dir.resolve("files/work/secret.txt"), "not task output");
        anonymous = hub.anonymous();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private String download(Object... args) {
        return new String(Base64.getDecoder().decode((String) anonymous.call("downloadTaskOutput", args)),
                StandardCharsets.UTF_8);
    }

    @Test
    void theOutputIsListedByRelativeName() {
        assertEquals(List.of("build.log", "x86_64/metadata.json"), anonymous.call("listTaskOutput", taskId));
        assertEquals(List.of(), anonymous.call("listTaskOutput", 4242));
        assertThrows(KojiFault.class, () -> anonymous.call("listTaskOutput", List.of(4242), Map.of("strict", true)));
    }

    @Test
    void statAndVolumesAreAnsweredAsKojiShapesThem() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> stat = (Map<String, Map<String, Object>>) anonymous.call("listTaskOutput",
                List.of(taskId), Map.of("stat", true));
        assertEquals("20", stat.get("build.log").get("st_size"));
        assertInstanceOf(Double.class, stat.get("build.log").get("st_mtime"));
        assertEquals(Map.of("build.log", List.of("DEFAULT"), "x86_64/metadata.json", List.of("DEFAULT")),
                anonymous.call("listTaskOutput", List.of(taskId), Map.of("all_volumes", true)));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> both = (Map<String, Map<String, Map<String, Object>>>)
                anonymous.call("listTaskOutput", List.of(taskId), Map.of("stat", true, "all_volumes", true));
        assertEquals("2", both.get("x86_64/metadata.json").get("DEFAULT").get("st_size"));
    }

    @Test
    void downloadsReadFromAnOffsetForASize() {
        assertEquals(LOG, download(taskId, "build.log"));
        assertEquals("abcdefghij", download(taskId, "build.log", 10));
        assertEquals("abc", download(taskId, "build.log", 10, 3));
        assertEquals("hij", download(taskId, "build.log", -3));
        assertEquals("", download(taskId, "build.log", 100));
        assertEquals("{}", download(taskId, "x86_64/metadata.json", "0", "-1"));
    }

    @Test
    void downloadsStayInsideTheTaskDirectory() {
        assertEquals("Invalid file name: ../../secret.txt", assertThrows(KojiFault.class,
                () -> download(taskId, "../../secret.txt")).getMessage());
        assertEquals("no file \"nosuch.log\" output by task " + taskId, assertThrows(KojiFault.class,
                () -> download(taskId, "nosuch.log")).getMessage());
        assertThrows(KojiFault.class, () -> download(taskId, "/etc/passwd"));
        assertThrows(KojiFault.class, () -> anonymous.call("downloadTaskOutput", List.of(taskId, "build.log"),
                Map.of("volume", "archive")));
    }
}
