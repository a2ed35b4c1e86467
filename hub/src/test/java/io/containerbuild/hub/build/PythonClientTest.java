package io.containerbuild.hub.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.containerbuild.hub.store.Tag;
import io.containerbuild.hub.store.User;
import io.containerbuild.testing.PythonPeer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content generator written against Python's {@code xmlrpc.client}, as atomic-reactor talks to
 * Koji: reserve, import from an uploaded {@code metadata.json} with the token, look the build up,
 * tag it, and refund a second reservation.
 */
class PythonClientTest {
    @TempDir
    Path dataDir;

    private TestHub hub;

    @BeforeEach
    void startHub() throws Exception {
        hub = TestHub.start(HubBackend.H2, dataDir);
        User osbs = hub.contentGeneratorAccount("osbs");
        hub.user("osbs", "tag");
        Tag candidate = hub.tag("containers-candidate");
        hub.listPackage(candidate, "app-container", osbs, false);
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Test
    void atomicReactorsCallSequenceWorks() throws Exception {
        ImageImport image = new ImageImport("app-container", "1.0", "1").arches("x86_64", "s390x");
        Map<String, Object> metadata = image.upload(hub);
        Path template = Files.writeString(dataDir.resolve("template.json"), ImageImport.json(metadata),
                StandardCharsets.UTF_8);

        PythonPeer.Result result = PythonPeer.run("/build/koji_cg_import.py", Duration.ofSeconds(60), hub.url(),
                "osbs", TestHub.PASSWORD, hub.filesRoot().resolve("work").toString(), image.directory,
                template.toString(), "app-container", "1.0", "containers-candidate");

        assertEquals(0, result.exitCode(), result.stderr());
        Map<String, String> reports = result.reports();
        assertEquals("'1'", reports.get("first_release"));
        assertEquals("64", reports.get("token_length"));
        assertEquals("('app-container-1.0-1', 1, True, 'osbs')", reports.get("imported"));
        assertEquals("True", reports.get("get_build_by_nvr"));
        assertEquals("None", reports.get("get_build_missing"));
        assertEquals("\"1000 No such build: 'nosuch-1-1'\"", reports.get("get_build_strict"));
        assertEquals("[('" + ImageImport.imageFile("s390x") + "', 's390x', 'image', 'unique-s390x'), ('"
                + ImageImport.imageFile("x86_64") + "', 'x86_64', 'image', 'unique-x86_64')]", reports.get("archives"));
        assertEquals("True", reports.get("tag_task_is_int"));
        assertEquals("['app-container-1.0-1']", reports.get("tagged"));
        assertEquals("['app-container-1.0-1']", reports.get("newest"));
        assertEquals("'2'", reports.get("next_release"));
        assertEquals("'1019 CGImport metadata is invalid: metadata.metadata_version: unsupported 1 (only 0 is known)'",
                reports.get("bad_metadata"));
        assertEquals("None", reports.get("refund"));
        assertEquals("3", reports.get("refunded_state"));
    }
}
