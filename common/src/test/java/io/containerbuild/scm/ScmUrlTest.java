package io.containerbuild.scm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScmUrlTest {

    @Test
    void derivesWhatTheBuilderSendsToOsbs() {
        ScmUrl scm = ScmUrl.parse("git://pkgs.example.com/rpms/fedora-docker#abc123");
        assertEquals(ScmScheme.GIT, scm.scheme());
        assertEquals(ScmType.GIT, scm.type());
        assertEquals(Optional.empty(), scm.user());
        assertEquals("pkgs.example.com", scm.host());
        assertEquals("/rpms/fedora-docker", scm.repository());
        assertEquals(Optional.empty(), scm.module());
        assertEquals("abc123", scm.revision());
        assertEquals("git://pkgs.example.com/rpms/fedora-docker", scm.gitUri());
        assertEquals("abc123", scm.gitRef());
        assertEquals("fedora-docker", scm.component());
        assertEquals("git://pkgs.example.com/rpms/fedora-docker#abc123", scm.url());
        assertEquals(scm.url(), scm.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "git://h.example.com/r/repo#ref, GIT, GIT, git://h.example.com/r/repo",
        "git+http://h.example.com/r/repo#ref, GIT_HTTP, GIT, http://h.example.com/r/repo",
        "git+https://h.example.com/r/repo#ref, GIT_HTTPS, GIT, https://h.example.com/r/repo",
        "git+rsync://h.example.com/r/repo#ref, GIT_RSYNC, GIT, rsync://h.example.com/r/repo",
        "git+ssh://h.example.com/r/repo#ref, GIT_SSH, GIT_SSH, ssh://h.example.com/r/repo",
        "cvs://h.example.com/r/repo#ref, CVS, CVS, cvs://h.example.com/r/repo",
        "cvs+ssh://h.example.com/r/repo#ref, CVS_SSH, CVS_SSH, ssh://h.example.com/r/repo",
        "svn://h.example.com/r/repo#ref, SVN, SVN, svn://h.example.com/r/repo",
        "svn+http://h.example.com/r/repo#ref, SVN_HTTP, SVN, http://h.example.com/r/repo",
        "svn+https://h.example.com/r/repo#ref, SVN_HTTPS, SVN, https://h.example.com/r/repo",
        "svn+ssh://h.example.com/r/repo#ref, SVN_SSH, SVN_SSH, ssh://h.example.com/r/repo",
    })
    void acceptsEveryKojiScheme(String url, ScmScheme scheme, ScmType type, String gitUri) {
        ScmUrl scm = ScmUrl.parse(url);
        assertEquals(scheme, scm.scheme());
        assertEquals(type, scm.type());
        assertEquals(gitUri, scm.gitUri());
        assertEquals("repo", scm.component());
        assertEquals("ref", scm.gitRef());
        assertTrue(ScmUrl.isScmUrl(url));
    }

    @Test
    void typesKnowWhetherTheyAreGit() {
        assertTrue(ScmType.GIT.isGit());
        assertTrue(ScmType.GIT_SSH.isGit());
        assertFalse(ScmType.SVN.isGit());
        assertEquals("GIT+SSH", ScmType.GIT_SSH.kojiName());
    }

    @Test
    void userAndPortAndModuleAreSplitOff() {
        ScmUrl scm = ScmUrl.parse("git+ssh://alice@pkgs.example.com:2222/containers/osbs-test.git?sub/dir/#private-test1");
        assertEquals(Optional.of("alice"), scm.user());
        assertEquals("pkgs.example.com:2222", scm.host());
        assertEquals("/containers/osbs-test.git", scm.repository());
        assertEquals(Optional.of("sub/dir"), scm.module());
        assertEquals("private-test1", scm.gitRef());
        assertEquals("osbs-test", scm.component());
        // koji-containerbuild drops the user from git_uri
        assertEquals("ssh://pkgs.example.com:2222/containers/osbs-test.git", scm.gitUri());
    }

    @Test
    void emptyUserIsNoUser() {
        assertEquals(Optional.empty(), ScmUrl.parse("git://@h.example.com/repo#main").user());
    }

    @ParameterizedTest
    @CsvSource({
        "git://h//rpms///repo/#x, /rpms/repo",
        "git://h/./rpms/./repo//#x, /rpms/repo",
        "git://h/repo.git#x, /repo.git",
    })
    void pathIsNormalisedLikeKoji(String url, String repository) {
        assertEquals(repository, ScmUrl.parse(url).repository());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc123", "0123456789abcdef0123456789abcdef01234567", "main", "refs/heads/main",
        "origin/master", "v1.0.2", "private-test1", "release_1+build@2", "HEAD"})
    void acceptsOrdinaryRefs(String ref) {
        assertEquals(ref, ScmUrl.parse("git://h.example.com/repo#" + ref).gitRef());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pkgs.example.com", "pkgs", "pkgs.example.com:9418", "10.0.0.1", "[::1]", "[fe80::1]:22",
        "my_host.internal"})
    void acceptsHostNamesAndAddresses(String host) {
        assertEquals(host, ScmUrl.parse("git://" + host + "/repo#main").host());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://h.example.com/repo#main", "http://h/repo#main", "ssh://h/repo#main",
        "GIT://h/repo#main", "file:///etc/passwd#main", "h.example.com/repo#main", "", " git://h/repo#main",
        "git:/h/repo#main", "git+file://h/repo#x"})
    void unknownSchemesAreInvalid(String url) {
        KojiFault fault = assertThrows(KojiFault.class, () -> ScmUrl.parse(url));
        assertEquals(FaultCode.GENERIC_ERROR.code(), fault.faultCode());
        assertEquals("Invalid SCM URL: " + url, fault.getMessage());
        assertFalse(ScmUrl.isScmUrl(url));
    }

    @Test
    void nullIsInvalid() {
        assertEquals("Invalid SCM URL: None", assertThrows(KojiFault.class, () -> ScmUrl.parse(null)).getMessage());
        assertFalse(ScmUrl.isScmUrl(null));
    }

    /** Koji's own structural checks, with Koji's texts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "git://h.example.com/repo | Unable to parse SCM URL: git://h.example.com/repo . Could not find the fragment element.",
        "git://h.example.com/repo# | Unable to parse SCM URL: git://h.example.com/repo# . Could not find the fragment element.",
        "git:///repo#main | Unable to parse SCM URL: git:///repo#main . Could not find the netloc element.",
        "git://alice@/repo#main | Unable to parse SCM URL: git://alice@/repo#main . Could not find the netloc element.",
        "git://h.example.com#main | Unable to parse SCM URL: git://h.example.com#main . Could not find the path element.",
        "git://h.example.com?mod#main | Unable to parse SCM URL: git://h.example.com?mod#main . Could not find the path element.",
        "git://h.example.com/#main | Unable to parse SCM URL: git://h.example.com/#main . Could not find the path element.",
        "git://h.example.com/repo;type=a#main | Unable to parse SCM URL: git://h.example.com/repo;type=a#main . Params element type=a should be empty.",
        "git://a@b@h.example.com/repo#main | Invalid username@hostname specified: a@b@h.example.com",
        "git://alice:secret@h.example.com/repo#main | username:password format not supported: alice:***",
    })
    void structuralErrorsUseKojisWording(String url, String message) {
        KojiFault fault = assertThrows(KojiFault.class, () -> ScmUrl.parse(url));
        assertEquals(FaultCode.GENERIC_ERROR.code(), fault.faultCode());
        assertEquals(message, fault.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        // a ref that git would read as an option
        "git://h.example.com/repo#--upload-pack=touch${IFS}/tmp/pwned => Revision contains characters that are not allowed.",
        "git://h.example.com/repo#--upload-pack=touch => Revision must not begin with '-'.",
        "git://h.example.com/repo#-b => Revision must not begin with '-'.",
        // path traversal
        "git://h.example.com/../../etc/passwd#main => Path must not contain '..' segments.",
        "git://h.example.com/rpms/../secret#main => Path must not contain '..' segments.",
        "git://h.example.com/repo?../../etc#main => Module must not contain '..' segments.",
        "git://h.example.com/repo?/etc#main => Module must be a relative path.",
        // shell metacharacters
        "git://h.example.com/repo|id#main => Path contains characters that are not allowed.",
        "git://h.example.com/$(id)/repo#main => Path contains characters that are not allowed.",
        "git://h.example.com/`id`/repo#main => Path contains characters that are not allowed.",
        "git://h.example.com/a;b/repo#main => Path contains characters that are not allowed.",
        "git://h.example.com/a&b/repo#main => Path contains characters that are not allowed.",
        "git://h.example.com/a'b/repo#main => Path contains characters that are not allowed.",
        "git://h.example.com/a%2e%2e/repo#main => Path contains characters that are not allowed.",
        "git://h.example.com/repo?m|id#main => Module contains characters that are not allowed.",
        "git://h;id/repo#main => Host must be a host name or IP address with an optional port.",
        "git://h|id/repo#main => Host must be a host name or IP address with an optional port.",
        "git://$(id)/repo#main => Host must be a host name or IP address with an optional port.",
        "git://`id`/repo#main => Host must be a host name or IP address with an optional port.",
        "git+ssh://-oProxyCommand=touch/repo#main => Host must be a host name or IP address with an optional port.",
        "git://h.example.com:port/repo#main => Host must be a host name or IP address with an optional port.",
        "git://-alice@h.example.com/repo#main => User name contains characters that are not allowed.",
        "git://al$ice@h.example.com/repo#main => User name contains characters that are not allowed.",
        "git://h.example.com/repo#main;id => Revision contains characters that are not allowed.",
        "git://h.example.com/repo#main|id => Revision contains characters that are not allowed.",
        "git://h.example.com/repo#$(id) => Revision contains characters that are not allowed.",
        "git://h.example.com/repo#`id` => Revision contains characters that are not allowed.",
        "git://h.example.com/repo#a#b => Revision contains characters that are not allowed.",
        "git://h.example.com/repo#HEAD~1 => Revision contains characters that are not allowed.",
        // refs git itself refuses
        "git://h.example.com/repo#main..evil => Revision is not a valid git ref.",
        "git://h.example.com/repo#refs//heads => Revision is not a valid git ref.",
        "git://h.example.com/repo#/main => Revision is not a valid git ref.",
        "git://h.example.com/repo#main/ => Revision is not a valid git ref.",
        "git://h.example.com/repo#main.lock => Revision is not a valid git ref.",
        "git://h.example.com/repo#.hidden => Revision is not a valid git ref.",
        "git://h.example.com/repo#refs/.hidden => Revision is not a valid git ref.",
        // nothing to call the component
        "git://h.example.com/rpms/.git#main => Could not find the repository name.",
    })
    void unsafeUrlsAreRejected(String url, String reason) {
        KojiFault fault = assertThrows(KojiFault.class, () -> ScmUrl.parse(url));
        assertEquals(FaultCode.GENERIC_ERROR.code(), fault.faultCode());
        assertEquals("Unable to parse SCM URL: " + url + " . " + reason, fault.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"git://h.example.com/repo#--upload-pack=touch /tmp/pwned", "git://h.example.com/re po#main", "git://h.example.com/repo#ma in", "git://h.example.com/repo#main\n",
        "git://h.example.com/repo\t#main", "git://h.example.com/repo#ma\u0000in", "git://h.example.com/repo#mäin",
        "git://h.example.com/repo#main\u001b[2J"})
    void whitespaceControlAndNonAsciiCharactersAreRejected(String url) {
        KojiFault fault = assertThrows(KojiFault.class, () -> ScmUrl.parse(url));
        assertTrue(fault.getMessage().startsWith("Unable to parse SCM URL: git://h.example.com/"), fault.getMessage());
        assertTrue(fault.getMessage().endsWith(" . URL must not contain whitespace, control or non-ASCII characters."));
        assertFalse(fault.getMessage().chars().anyMatch(c -> c < 0x20 || c >= 0x7f), "message is escaped");
    }

    @Test
    void messagesEscapeWhatTheyEcho() {
        KojiFault fault = assertThrows(KojiFault.class, () -> ScmUrl.parse("git://h/repo#x\ny"));
        assertEquals("Unable to parse SCM URL: git://h/repo#x\\ny . URL must not contain whitespace, control or non-ASCII characters.",
                fault.getMessage());
        assertEquals("Invalid SCM URL: \\x1b[31mhttp://x", assertThrows(KojiFault.class,
                () -> ScmUrl.parse("\u001b[31mhttp://x")).getMessage());
    }

    @Test
    void equalityIsByUrl() {
        assertEquals(ScmUrl.parse("git://h/repo#main"), ScmUrl.parse("git://h/repo#main"));
        assertEquals(ScmUrl.parse("git://h/repo#main").hashCode(), ScmUrl.parse("git://h/repo#main").hashCode());
        assertNotEquals(ScmUrl.parse("git://h/repo#main"), ScmUrl.parse("git://h//repo#main"));
    }

    @Test
    void transportPrefixDropsTheScmPart() {
        assertEquals("https://", ScmScheme.GIT_HTTPS.transportPrefix());
        assertEquals("git://", ScmScheme.GIT.transportPrefix());
        assertEquals("git+https://", ScmScheme.GIT_HTTPS.prefix());
    }
}
