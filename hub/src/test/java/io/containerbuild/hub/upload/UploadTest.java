package io.containerbuild.hub.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.task.TaskHub;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.Adler32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadTest {
    @TempDir
    Path dir;

    private TaskHub hub;
    private User alice;
    private Path work;

    @BeforeEach
    void start() throws Exception {
        hub = TaskHub.start(dir);
        alice = hub.user("alice");
        hub.host("builder1", "x86_64");
        work = dir.resolve("files/work");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> struct(Object value) {
        return (Map<String, Object>) value;
    }

    private static String query(String path, String name, Object offset, boolean overwrite) {
        return "filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&filepath="
                + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&fileverify=adler32&offset=" + offset
                + (overwrite ? "&overwrite=1" : "");
    }

    private static String adler32(byte[] bytes) {
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return String.format("%08x", adler.getValue());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A task opened by builder1, whose directory the builder may now write. */
    private int openTask(XmlRpcKojiSession builder) {
        int id = hub.task(alice, "buildContainer", List.of("src"));
        builder.call("host.openTask", id);
        return id;
    }

    @Test
    void aBuilderStreamsAGrowingLogIntoItsTaskDirectory() throws Exception {
        XmlRpcKojiSession builder = hub.builder("builder1");
        int id = openTask(builder);
        String taskDir = "tasks/" + (id % 10000) + "/" + id;
        byte[] first = bytes("Step 1/3 : FROM scratch\n");
        byte[] second = bytes("Step 2/3 : COPY . /\n");

        Map<String, Object> one = struct(hub.rawUpload(builder, query(taskDir, "build.log", 0, true), first));
        Map<String, Object> two = struct(hub.rawUpload(builder, query(taskDir, "build.log", first.length, true),
                second));
        Map<String, Object> again = struct(hub.rawUpload(builder, query(taskDir, "build.log", 0, true), first));
        Map<String, Object> appended = struct(hub.rawUpload(builder, query(taskDir, "build.log", -1, true), second));

        assertEquals(Map.of("size", first.length, "fileverify", "adler32", "offset", 0, "hexdigest", adler32(first)),
                one);
        assertEquals(first.length, two.get("offset"));
        assertEquals(adler32(second), two.get("hexdigest"));
        assertEquals(0, again.get("offset"));
        assertEquals(first.length, appended.get("offset"), "offset -1 appends at the end");
        Path log = work.resolve(taskDir).resolve("build.log");
        assertEquals("Step 1/3 : FROM scratch\nStep 2/3 : COPY . /\n", Files.readString(log));
        assertFalse(Files.exists(work.resolve(taskDir).resolve(UploadDirectories.OWNER_MARKER)),
                "task directories belong to their task, not to an uploader");

        assertEquals(List.of("build.log"), builder.call("listTaskOutput", id));
        Map<String, Object> checked = struct(builder.call("checkUpload", List.of(taskDir, "build.log"),
                Map.of("verify", "adler32")));
        assertEquals((int) Files.size(log), checked.get("size"));
        assertEquals(adler32(Files.readAllBytes(log)), checked.get("hexdigest"));
        assertNull(builder.call("checkUpload", taskDir, "missing.log"));
    }

    @Test
    void anExistingFileIsOnlyRewrittenFromTheStartWithOverwrite() throws Exception {
        XmlRpcKojiSession user = hub.login("alice");
        hub.rawUpload(user, query("cli-build/1.abc", "hello.tar", 0, false), bytes("one"));

        KojiFault exists = assertThrows(KojiFault.class,
                () -> hub.rawUpload(user, query("cli-build/1.abc", "hello.tar", 0, false), bytes("two")));
        assertEquals("upload path exists: cli-build/1.abc/hello.tar", exists.getMessage());
        hub.rawUpload(user, query("cli-build/1.abc", "hello.tar", 3, false), bytes("two"));
        assertEquals("onetwo", Files.readString(work.resolve("cli-build/1.abc/hello.tar")));
    }

    @Test
    void pathsThatWouldLeaveTheirDirectoryAreRefused() {
        XmlRpcKojiSession user = hub.login("alice");
        Map<String, String> attacks = Map.of(
                "../outside", "x.log",
                "cli-build/../../outside", "x.log",
                "/etc", "x.log",
                "cli-build", "../x.log",
                "cli-build/", ".hidden",
                "cli-build/.git", "x.log",
                "", "x.log",
                "cli-build/a", "sub/x.log");
        attacks.forEach((path, name) -> {
            KojiFault refused = assertThrows(KojiFault.class,
                    () -> hub.rawUpload(user, query(path, name, 0, false), bytes("x")), path + " + " + name);
            assertTrue(refused.getMessage().startsWith("Invalid upload"), refused.getMessage());
            assertThrows(KojiFault.class, () -> user.call("checkUpload", path, name), path + " + " + name);
        });
        assertFalse(Files.exists(dir.resolve("files/outside")));
        assertFalse(Files.exists(dir.resolve("outside")));
    }

    @Test
    void taskDirectoriesAreWrittenOnlyByTheHostRunningTheTask() throws Exception {
        hub.host("builder2", "x86_64");
        XmlRpcKojiSession builder = hub.builder("builder1");
        XmlRpcKojiSession other = hub.builder("builder2");
        int id = openTask(builder);
        String taskDir = "tasks/" + (id % 10000) + "/" + id;
        int freeTask = hub.task(alice, "buildContainer", List.of("src"));

        ActionNotAllowed notOwner = assertThrows(ActionNotAllowed.class,
                () -> hub.rawUpload(other, query(taskDir, "x.log", 0, true), bytes("x")));
        assertEquals("host " + hub.store().hosts().getByName("builder2").orElseThrow().id() + " does not own task "
                + id, notOwner.getMessage());
        assertThrows(ActionNotAllowed.class, () -> hub.rawUpload(builder,
                query("tasks/" + (freeTask % 10000) + "/" + freeTask, "x.log", 0, true), bytes("x")));
        assertThrows(AuthError.class, () -> hub.rawUpload(hub.login("alice"), query(taskDir, "x.log", 0, true),
                bytes("x")));
        assertThrows(ActionNotAllowed.class, () -> hub.rawUpload(hub.anonymous(), query("cli-build/x", "x.log", 0,
                true), bytes("x")));
        KojiFault misplaced = assertThrows(KojiFault.class, () -> hub.rawUpload(builder,
                query("tasks/9/" + id, "x.log", 0, true), bytes("x")));
        assertEquals("Invalid tasks upload directory: tasks/9/" + id, misplaced.getMessage());
        assertFalse(Files.exists(work.resolve(taskDir).resolve("x.log")));
    }

    @Test
    void otherDirectoriesBelongToTheirFirstUploader() throws Exception {
        hub.user("bob");
        hub.rawUpload(hub.login("alice"), query("cli-build/42.xyz", "a.tar", 0, false), bytes("a"));

        KojiFault notOwner = assertThrows(KojiFault.class,
                () -> hub.rawUpload(hub.login("bob"), query("cli-build/42.xyz", "b.tar", 0, false), bytes("b")));
        assertEquals("Invalid upload directory, not owner: cli-build/42.xyz", notOwner.getMessage());
        assertEquals(Integer.toString(alice.id()),
                Files.readString(work.resolve("cli-build/42.xyz").resolve(UploadDirectories.OWNER_MARKER)));
    }

    @Test
    void theLegacyUploadWritesBase64ChunksAndVerifiesTheWholeFile() throws Exception {
        XmlRpcKojiSession user = hub.login("alice");
        byte[] first = bytes("hello ");
        byte[] second = bytes("world\n");
        byte[] whole = bytes("hello world\n");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(whole));
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(first));
        String b64 = Base64.getEncoder().encodeToString(first);

        assertEquals(false, user.call("uploadFile", "cli-build/7.old", "f.txt", 99, md5, 0, b64),
                "a wrong size is answered false, for the client to send the chunk again");
        assertEquals(true, user.call("uploadFile", "cli-build/7.old", "f.txt", first.length, md5, 0, b64));
        assertEquals(true, user.call("uploadFile", "cli-build/7.old", "f.txt", second.length,
                List.of("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(second))),
                first.length, Base64.getEncoder().encodeToString(second)));
        assertEquals(false, user.call("uploadFile", "cli-build/7.old", "f.txt", whole.length,
                List.of("sha256", "0".repeat(64)), -1, ""));
        assertEquals(true, user.call("uploadFile", "cli-build/7.old", "f.txt", whole.length,
                List.of("sha256", sha256), -1, ""));
        assertArrayEquals(whole, Files.readAllBytes(work.resolve("cli-build/7.old/f.txt")));

        KojiFault exists = assertThrows(KojiFault.class,
                () -> user.call("uploadFile", "cli-build/7.old", "f.txt", first.length, md5, 0, b64));
        assertEquals("file already exists: cli-build/7.old/f.txt", exists.getMessage());
        assertThrows(ActionNotAllowed.class,
                () -> hub.anonymous().call("uploadFile", "cli-build/8", "f.txt", first.length, md5, 0, b64));
    }
}
