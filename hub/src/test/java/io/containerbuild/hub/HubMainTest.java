package io.containerbuild.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubMainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return HubMain.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertEquals(0, run("", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: koji-hub --config hub.conf"));
    }

    @Test
    void withoutAConfigItSaysWhatIsMissing() {
        assertEquals(2, run(""));
        assertTrue(stderr().contains("--config is required"), stderr());
    }

    @Test
    void aMissingPluginStopsTheStart() throws Exception {
        Path config = dir.resolve("hub.conf");
        Files.writeString(config, "[hub]\nPort = 0\nDataDir = data\nPlugins = hub_nosuch\n");

        assertEquals(1, run("", "--config", config.toString()));
        assertTrue(stderr().contains("plugin hub_nosuch is enabled in the configuration but not installed"), stderr());
    }

    @Test
    void aBadPortNamesTheFileSectionAndKey() throws Exception {
        Path config = dir.resolve("hub.conf");
        Files.writeString(config, "[hub]\nPort = 70000\n");

        assertEquals(1, run("", "--config", config.toString()));
        assertTrue(stderr().contains(config + ": [hub] port: '70000' is not a TCP port"), stderr());
    }

    @Test
    void createAdminReadsThePasswordFromStandardInputAndCanRunTwice() throws Exception {
        Path config = dir.resolve("hub.conf");
        Files.writeString(config, "[hub]\nDataDir = data\n");

        assertEquals(0, run("s3cret\n", "create-admin", "--config", config.toString(), "kojiadmin"));
        assertEquals(0, run("other\n", "create-admin", "--config", config.toString(), "kojiadmin"));

        assertEquals("created admin kojiadmin\nupdated admin kojiadmin\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(dir.resolve("data/db")), "the embedded database lives under DataDir");
    }
}
