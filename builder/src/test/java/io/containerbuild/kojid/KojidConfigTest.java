package io.containerbuild.kojid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.config.IniFile;
import io.containerbuild.fault.ConfigurationError;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code [kojid]} read once, with Koji's names and defaults, and errors that name the key. */
class KojidConfigTest {

    private static KojidConfig parse(String body) {
        return KojidConfig.from(IniFile.parse("[kojid]\n" + body, "kojid.conf").section("kojid"), Path.of("kojid.conf"), false);
    }

    private static final String MINIMAL = "server = https://koji.example.com/kojihub\nuser = builder1\npassword = pw\n";

    @Test
    void aMinimalFileGetsKojisDefaults() {
        KojidConfig config = parse(MINIMAL);

        assertEquals(URI.create("https://koji.example.com/kojihub"), config.server());
        assertEquals("builder1", config.user());
        assertEquals(Path.of("/tmp/koji"), config.workdir());
        assertEquals(10, config.maxjobs());
        assertEquals(Duration.ofSeconds(15), config.sleeptime());
        assertEquals(List.of(), config.plugins());
        assertEquals(List.of(), config.allowedScms());
        assertTrue(config.allowedScmsUseConfig());
        assertFalse(config.allowedScmsUsePolicy());
        assertEquals(Duration.ofSeconds(30), config.shutdownGrace());
        assertEquals(Duration.ofSeconds(2), config.cancelCheckInterval());
        assertFalse(config.forceLock());
    }

    @Test
    void readsAKojiStyleFileWithMixedCaseKeysAndContinuationLines() {
        KojidConfig config = parse(MINIMAL + """
                MaxJobs = 3
                sleeptime = 5
                workdir = /var/tmp/kojid
                plugins = builder_containerbuild runroot
                allowed_scms =
                    pkgs.example.com:/*:no
                    !git.example.org:/containers/secret
                allowed_scms_use_config = false
                allowed_scms_use_policy = On
                shutdown_grace = 0
                cancel_check_interval = 7
                topdir = /mnt/koji
                """);

        assertEquals(3, config.maxjobs());
        assertEquals(Duration.ofSeconds(5), config.sleeptime());
        assertEquals(Path.of("/var/tmp/kojid"), config.workdir());
        assertEquals(List.of("builder_containerbuild", "runroot"), config.plugins());
        assertEquals(List.of("pkgs.example.com:/*:no", "!git.example.org:/containers/secret"), config.allowedScms());
        assertFalse(config.allowedScmsUseConfig());
        assertTrue(config.allowedScmsUsePolicy());
        assertEquals(Duration.ZERO, config.shutdownGrace());
        assertEquals(Duration.ofSeconds(7), config.cancelCheckInterval());
    }

    @Test
    void aRelativeWorkdirIsTakenRelativeToTheConfigurationFile() {
        Path file = Path.of("/etc/kojid/kojid.conf");
        KojidConfig config = KojidConfig.from(IniFile.parse("[kojid]\n" + MINIMAL + "workdir = ../../var/kojid\n",
                file.toString()).section("kojid"), file, false);
        assertEquals(Path.of("/var/kojid"), config.workdir());
    }

    @Test
    void theExampleConfigurationReads() {
        Path example = Path.of("..", "etc", "kojid.conf");
        KojidConfig config = KojidConfig.from(IniFile.load(example).section("kojid"), example, false);

        assertEquals(List.of("builder_containerbuild"), config.plugins());
        assertEquals(example.toAbsolutePath().getParent().resolve("../kojid-work").normalize(), config.workdir());
        assertEquals(2, config.allowedScms().size());
    }

    @Test
    void kojisSingularPluginKeyWorksToo() {
        assertEquals(List.of("builder_containerbuild"), parse(MINIMAL + "plugin = builder_containerbuild\n").plugins());
    }

    @Test
    void theHostSessionWaitsLongEnoughForALongPoll() {
        KojidConfig config = parse(MINIMAL + "sleeptime = 100\n");
        assertTrue(config.hubOptions().replyTimeout().compareTo(Duration.ofSeconds(100)) > 0);
    }

    @Test
    void errorsNameTheFileSectionAndKey() {
        assertEquals("kojid.conf: [kojid] server: required key is missing",
                assertThrows(ConfigurationError.class, () -> parse("user = u\npassword = p\n")).getMessage());
        assertEquals("kojid.conf: [kojid] server: 'ftp://koji.example.com/' is not an http or https URL",
                assertThrows(ConfigurationError.class, () -> parse(MINIMAL.replace("https://koji.example.com/kojihub",
                        "ftp://koji.example.com/"))).getMessage());
        assertEquals("kojid.conf: [kojid] maxjobs: 0 is less than 1",
                assertThrows(ConfigurationError.class, () -> parse(MINIMAL + "maxjobs = 0\n")).getMessage());
        assertEquals("kojid.conf: [kojid] sleeptime: 0 is not a positive number of seconds",
                assertThrows(ConfigurationError.class, () -> parse(MINIMAL + "sleeptime = 0\n")).getMessage());
        assertEquals("kojid.conf: [kojid] sleeptime: 'soon' is not an integer",
                assertThrows(ConfigurationError.class, () -> parse(MINIMAL + "sleeptime = soon\n")).getMessage());
        assertEquals("kojid.conf: [kojid] allowed_scms_use_policy: 'maybe' is not a boolean",
                assertThrows(ConfigurationError.class,
                        () -> parse(MINIMAL + "allowed_scms_use_policy = maybe\n")).getMessage());
        assertEquals("kojid.conf: [kojid] password: required key is missing",
                assertThrows(ConfigurationError.class, () -> parse("server = http://h/kojihub\nuser = u\n"))
                        .getMessage());
    }

    @Test
    void thePasswordStaysOutOfLogs() {
        String shown = parse(MINIMAL.replace("password = pw", "password = s3cr3t")).toString();
        assertFalse(shown.contains("s3cr3t"), shown);
        assertTrue(shown.contains("password=***"));
    }
}
