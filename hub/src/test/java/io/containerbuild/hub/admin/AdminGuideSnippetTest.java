package io.containerbuild.hub.admin;

import static io.containerbuild.hub.admin.AdminHub.call;
import static io.containerbuild.hub.admin.AdminHub.list;
import static io.containerbuild.hub.admin.AdminHub.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.testing.PythonPeer;
import io.containerbuild.wire.KojiSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the XML-RPC set-up of {@code docs/hub-admin.md} as it is written, against a fresh hub, and
 * checks that the hub is then ready for container builds: so the guide cannot drift from the hub.
 */
class AdminGuideSnippetTest {
    private static final String MARKER = "<!-- admin-setup-snippet";

    @TempDir
    Path dir;

    @Test
    void theGuidesSetUpMakesAHubReadyForContainerBuilds() throws Exception {
        Path script = dir.resolve("setup.py");
        Files.writeString(script, snippet(Files.readString(guide(), StandardCharsets.UTF_8)));
        try (AdminHub hub = AdminHub.start(dir.resolve("hub"))) {
            String output = runPython(script, Map.of(
                    "KOJI_HUB", hub.hub().hubUrl().toString(),
                    "KOJI_ADMIN", AdminHub.ADMIN,
                    "KOJI_ADMIN_PASSWORD", AdminHub.ADMIN_PASSWORD,
                    "KOJI_BUILDER_PASSWORD", "builder-secret",
                    "KOJI_MAINTAINER_PASSWORD", "alice-secret"));

            assertEquals("""
                    target container-candidate builds in container-build and lands in container-candidate
                    arches: x86_64 aarch64
                    hosts in container-binary: ['builder1.example.com']
                    """, output);
            KojiSession anonymous = hub.anonymous();
            Map<String, Object> target = struct(anonymous.call("getBuildTarget", "container-candidate"));
            assertEquals("container-build", target.get("build_tag_name"));
            assertEquals(false, struct(anonymous.call("getTag", target.get("dest_tag"))).get("locked"));
            for (String component : List.of("hello-container", "hello-container-source")) {
                assertEquals(false, struct(anonymous.call("getPackageConfig", "container-candidate", component))
                        .get("blocked"));
            }
            assertEquals(List.of("default", "container-binary", "container-source"),
                    list(anonymous.call("listChannels", "builder1.example.com")).stream()
                            .map(channel -> struct(channel).get("name")).toList());

            KojiSession builder = hub.login("builder1.example.com", "builder-secret");
            builder.call("exclusiveSession");
            assertEquals(1, struct(builder.call("getLoggedInUser")).get("usertype"));
            KojiSession alice = hub.login("alice", "alice-secret");
            assertEquals(List.of(), alice.call("getPerms"));
            assertEquals("container-source", struct(call(alice, "getChannel", List.of("container-source"),
                    "strict", true)).get("name"));
        }
    }

    /** The fenced Python block right after the marker comment. */
    static String snippet(String guide) {
        int marker = guide.indexOf(MARKER);
        assertTrue(marker >= 0, "docs/hub-admin.md has no " + MARKER + " comment");
        int start = guide.indexOf("```python\n", marker);
        int end = guide.indexOf("\n```", start);
        assertTrue(start > marker && end > start, "no ```python block after the marker");
        return guide.substring(start + "```python\n".length(), end + 1);
    }

    /** The guide lives at the repository's top, whichever module directory the tests run in. */
    private static Path guide() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/hub-admin.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/hub-admin.md not found above " + Path.of("").toAbsolutePath());
    }

    private String runPython(Path script, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(PythonPeer.python3().toString(), script.toString())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the guide's set-up did not finish within 60 s");
        }
        String stderr = Files.readString(dir.resolve("stderr"));
        assertEquals(0, process.exitValue(), "the guide's set-up failed:\n" + stderr);
        return Files.readString(dir.resolve("stdout"));
    }
}
