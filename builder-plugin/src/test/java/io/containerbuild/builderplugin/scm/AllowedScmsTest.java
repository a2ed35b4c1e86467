package io.containerbuild.builderplugin.scm;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.builderplugin.testing.DirectoryTaskOutput;
import io.containerbuild.config.IniFile;
import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.scm.ScmUrl;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowedScmsTest {

    @TempDir
    Path temp;

    private DirectoryTaskOutput output;

    private AllowedScms allowed(String options) {
        output = new DirectoryTaskOutput(temp.resolve("output"));
        TaskLog log = new TaskLog(output, "test", Clock.systemUTC());
        return AllowedScms.from(IniFile.parse("[kojid]\n" + options + "\n", "kojid.conf").section("kojid"), log);
    }

    private static ScmUrl url(String text) {
        return ScmUrl.parse(text);
    }

    @Test
    void aMatchingHostAndRepositoryGlobAllows() {
        AllowedScms scms = allowed("allowed_scms = pkgs.example.com:/rpms/* other.example.com:/containers/*");

        assertDoesNotThrow(() -> scms.check(url("git://pkgs.example.com/rpms/fedora-docker#main")));
        assertDoesNotThrow(() -> scms.check(url("git+https://other.example.com/containers/a/b.git#v1")));
    }

    @Test
    void anythingElseIsRefusedWithKojisMessage() {
        AllowedScms scms = allowed("allowed_scms = pkgs.example.com:/rpms/*");

        KojiFault refused = assertThrows(KojiFault.class,
                () -> scms.check(url("git://evil.example.com/rpms/fedora-docker#main")));
        assertEquals("evil.example.com:/rpms/fedora-docker is not in the list of allowed SCMs", refused.getMessage());
        assertEquals(1005, refused.faultCode());
        assertThrows(BuildError.class, () -> scms.check(url("git://pkgs.example.com/containers/x#main")));
    }

    @Test
    void theFirstMatchDecidesAndABangDenies() {
        AllowedScms denyFirst = allowed("allowed_scms = !pkgs.example.com:/rpms/secret* pkgs.example.com:/rpms/*");
        BuildError refused = assertThrows(BuildError.class,
                () -> denyFirst.check(url("git://pkgs.example.com/rpms/secret-thing#main")));
        assertEquals("pkgs.example.com:/rpms/secret-thing is not in the list of allowed SCMs", refused.getMessage());
        assertDoesNotThrow(() -> denyFirst.check(url("git://pkgs.example.com/rpms/public#main")));

        AllowedScms allowFirst = allowed("allowed_scms = pkgs.example.com:/rpms/* !pkgs.example.com:/rpms/secret*");
        assertDoesNotThrow(() -> allowFirst.check(url("git://pkgs.example.com/rpms/secret-thing#main")));
    }

    @Test
    void anEmptyListRefusesEverythingAsKojiDoes() {
        assertThrows(BuildError.class, () -> allowed("").check(url("git://pkgs.example.com/rpms/x#main")));
        assertThrows(BuildError.class, () -> allowed("allowed_scms =").check(url("git://pkgs.example.com/rpms/x#main")));
    }

    @Test
    void withTheConfigCheckOffEverythingIsAllowed() {
        assertDoesNotThrow(() -> allowed("allowed_scms_use_config = false")
                .check(url("git://anywhere.example.com/any/repo#main")));
    }

    @Test
    void malformedEntriesAreSkippedAndLogged() {
        AllowedScms scms = allowed("allowed_scms = no-colon [z-a]:/x pkgs.example.com:/rpms/*:no:cmd");

        assertDoesNotThrow(() -> scms.check(url("git://pkgs.example.com/rpms/x#main")));
        String log = output.text(TaskLog.FILE_NAME);
        assertTrue(log.contains("Ignoring incorrectly formatted SCM host:repository: no-colon"), log);
        assertTrue(log.contains("Ignoring incorrectly formatted SCM host:repository: [z-a]:/x"), log);
    }

    @Test
    void thePolicyVariantIsRefusedBecauseTheHubHasNoPolicyEngine() {
        AllowedScms scms = allowed("allowed_scms = pkgs.example.com:/rpms/*\nallowed_scms_use_policy = true");

        KojiFault refused = assertThrows(KojiFault.class, () -> scms.check(url("git://pkgs.example.com/rpms/x#main")));
        assertEquals(1021, refused.faultCode());
        assertEquals("allowed_scms_use_policy is set, but this hub has no build_from_scm policy to evaluate; list the "
                + "SCMs in allowed_scms and set allowed_scms_use_policy = false", refused.getMessage());

        // Koji checks the list first, so an SCM the list refuses is refused with the list's message
        BuildError byConfig = assertThrows(BuildError.class,
                () -> scms.check(url("git://other.example.com/rpms/x#main")));
        assertEquals("other.example.com:/rpms/x is not in the list of allowed SCMs", byConfig.getMessage());
    }

    @Test
    void globsFollowFnmatch() {
        assertTrue(Glob.of("*").matches("/a/b/c"));
        assertTrue(Glob.of("/rpms/fedora-?ocker").matches("/rpms/fedora-docker"));
        assertTrue(Glob.of("host[0-9]").matches("host7"));
        assertFalse(Glob.of("host[!0-9]").matches("host7"));
        assertTrue(Glob.of("[]]x").matches("]x"));
        assertTrue(Glob.of("a[b").matches("a[b"));
        assertTrue(Glob.of("pkgs.example.com").matches("pkgs.example.com"));
        assertFalse(Glob.of("pkgs.example.com").matches("pkgsXexample.com"));
        assertFalse(Glob.of("PKGS").matches("pkgs"));
        assertTrue(Glob.of("a+b(c)").matches("a+b(c)"));
    }
}
