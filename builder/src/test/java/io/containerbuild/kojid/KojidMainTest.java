package io.containerbuild.kojid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, and what stops the start before anything talks to a hub. */
class KojidMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return KojidMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path config(String body) throws Exception {
        return Files.writeString(dir.resolve("kojid.conf"), body);
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: kojid [--config kojid.conf]"));
    }

    @Test
    void anUnknownArgumentIsAUsageError() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(errors().contains("kojid: unexpected argument: --frobnicate"));
    }

    @Test
    void aMissingConfigurationFileStopsTheStart() {
        assertEquals(1, run("--config", dir.resolve("nope.conf").toString()));
        assertEquals("kojid: " + dir.resolve("nope.conf") + ": no such file\n", errors());
    }

    @Test
    void aMissingSectionOrKeyStopsTheStart() throws Exception {
        assertEquals(1, run("--config=" + config("[builder]\nserver = x\n")));
        assertTrue(errors().contains("missing section [kojid]"), errors());
    }

    @Test
    void aPluginThatIsEnabledButNotInstalledStopsTheStartAsInKoji() throws Exception {
        Path file = config("[kojid]\nserver = http://127.0.0.1:9/kojihub\nuser = u\npassword = p\n"
                + "plugins = builder_containerbuild\n");
        assertEquals(1, run("--config", file.toString()));
        assertEquals("kojid: plugin builder_containerbuild is enabled in the configuration but not installed"
                + " (installed BuilderPlugins: " + SleeperPlugin.NAME + ")\n", errors());
    }

    @Test
    void anInstalledPluginIsWiredIn() throws Exception {
        Path file = config("[kojid]\nserver = http://127.0.0.1:9/kojihub\nuser = u\npassword = p\n"
                + "plugins = " + SleeperPlugin.NAME + "\n");
        Kojid daemon = KojidMain.assemble(file, false);
        assertEquals(KojidConfig.DEFAULT_SLEEPTIME.plus(KojidConfig.DEFAULT_SHUTDOWN_GRACE).plus(Kojid.WIND_DOWN)
                .plus(Kojid.SIGN_OFF_ALLOWANCE), daemon.stopAllowance(), "what the SIGTERM hook waits for at most");
    }
}
