package io.containerbuild.builderplugin.scm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.builderplugin.testing.DirectoryTaskOutput;
import io.containerbuild.builderplugin.testing.GitFixture;
import io.containerbuild.builderplugin.testing.ManualCancellation;
import io.containerbuild.fault.BuildError;
import io.containerbuild.scm.ScmUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dockerfile checkout on real git repositories, cloned with JGit over {@code file://}. */
class LabelCheckoutTest {

    private static final String DOCKERFILE = "FROM fedora\nLABEL name=fedora com.redhat.component=fedora-docker "
            + "version=25\n";

    @TempDir
    Path temp;

    private GitFixture git;
    private GitFixture.Repo repo;
    private Path workDir;
    private DirectoryTaskOutput output;

    @BeforeEach
    void setUp() throws IOException {
        git = new GitFixture(temp.resolve("remote"));
        repo = git.repository("rpms/fedora-docker");
        workDir = Files.createDirectories(temp.resolve("work"));
        output = new DirectoryTaskOutput(temp.resolve("output"));
    }

    private FetchedDockerfile fetch(String url) {
        return new LabelCheckout(git.remote()).fetch(ScmUrl.parse(url), workDir, output, new ManualCancellation());
    }

    @Test
    void readsTheDockerfileOfABranchIntoTheWorkDirectory() {
        repo.file("Dockerfile", "FROM fedora\nLABEL release=on-main\n").commit("main");
        repo.branch("private-test1").file("Dockerfile", DOCKERFILE).commit("private");
        repo.switchTo("main");

        FetchedDockerfile fetched = fetch("git://pkgs.example.com/rpms/fedora-docker#private-test1");

        assertEquals(DOCKERFILE, fetched.content());
        assertEquals(workDir.resolve("sources").resolve("Dockerfile"), fetched.path());
        assertEquals(List.of(), fetched.additionalTags());
        assertEquals(List.of("git://pkgs.example.com/rpms/fedora-docker#private-test1"), git.cloned());
        String log = output.text(LabelCheckout.LOG_FILE);
        assertTrue(log.contains("Cloning " + repo.dir().toUri()), log);
        assertTrue(log.contains("Checked out "), log);
    }

    @Test
    void readsATagAFullCommitAndAnAbbreviatedOne() {
        String first = repo.file("Dockerfile", "FROM fedora\nLABEL version=1\n").commit("one");
        repo.tag("v1");
        repo.file("Dockerfile", "FROM fedora\nLABEL version=2\n").commit("two");

        assertEquals("FROM fedora\nLABEL version=1\n", fetch("git://h/rpms/fedora-docker#v1").content());
        reset();
        assertEquals("FROM fedora\nLABEL version=1\n", fetch("git://h/rpms/fedora-docker#" + first).content());
        reset();
        assertEquals("FROM fedora\nLABEL version=1\n",
                fetch("git://h/rpms/fedora-docker#" + first.substring(0, 10)).content());
        reset();
        assertEquals("FROM fedora\nLABEL version=2\n", fetch("git://h/rpms/fedora-docker#main").content());
    }

    @Test
    void theModuleIsTheDirectoryOfTheDockerfile() {
        repo.file("Dockerfile", "top").file("images/base/Dockerfile", DOCKERFILE).commit("module");

        FetchedDockerfile fetched = fetch("git://h/rpms/fedora-docker?images/base#main");

        assertEquals(DOCKERFILE, fetched.content());
        assertEquals(workDir.resolve("sources/images/base/Dockerfile"), fetched.path());
    }

    @Test
    void aMissingDockerfileIsReportedWithItsPath() {
        repo.file("README", "no Dockerfile here").commit("readme");

        BuildError missing = assertThrows(BuildError.class, () -> fetch("git://h/rpms/fedora-docker#main"));

        assertEquals("Dockerfile file missing: " + workDir.resolve("sources/Dockerfile"), missing.getMessage());
        assertEquals(1005, missing.faultCode());
    }

    @Test
    void anUnknownRefFailsAndSaysWhereTheDetailsAre() {
        repo.file("Dockerfile", DOCKERFILE).commit("main");

        BuildError unknown = assertThrows(BuildError.class, () -> fetch("git://h/rpms/fedora-docker#no-such-ref"));

        assertEquals("Error checking out git://h/rpms/fedora-docker#no-such-ref: no commit, branch or tag named "
                + "no-such-ref; see checkout-for-labels.log for details", unknown.getMessage());
        assertTrue(output.text(LabelCheckout.LOG_FILE).contains("Error: no commit, branch or tag named no-such-ref"));
    }

    @Test
    void anUnreachableRepositoryFails() {
        BuildError unreachable = assertThrows(BuildError.class, () -> fetch("git://h/rpms/not-there#main"));

        assertTrue(unreachable.getMessage().startsWith("Error checking out git://h/rpms/not-there#main: "),
                unreachable.getMessage());
    }

    @Test
    void additionalTagsSkipLinesWithDashesAndTrimTheOthers() {
        repo.file("Dockerfile", DOCKERFILE).file("additional-tags", "latest\n  stable  \nv1-2\n\r\nlast")
                .commit("tags");

        assertEquals(List.of("latest", "stable", "", "last"), fetch("git://h/rpms/fedora-docker#main").additionalTags());
    }

    @Test
    void anUnreadableAdditionalTagsIsIgnoredAsUpstreamDoes() {
        repo.file("Dockerfile", DOCKERFILE).file("additional-tags/inside", "a directory, not a file").commit("dir");

        assertEquals(List.of(), fetch("git://h/rpms/fedora-docker#main").additionalTags());
    }

    @Test
    void aDockerfileLinkWithinTheCheckoutIsFollowed() {
        repo.file("docker/Dockerfile.real", DOCKERFILE).symlink("Dockerfile", "docker/Dockerfile.real").commit("link");

        assertEquals(DOCKERFILE, fetch("git://h/rpms/fedora-docker#main").content());
    }

    @Test
    void aDockerfileLinkToEtcPasswdIsRefused() {
        repo.symlink("Dockerfile", "/etc/passwd").commit("evil");

        BuildError refused = assertThrows(BuildError.class, () -> fetch("git://h/rpms/fedora-docker#main"));

        assertEquals("Dockerfile " + workDir.resolve("sources/Dockerfile")
                + " resolves outside the checkout; refusing to read it", refused.getMessage());
    }

    @Test
    void aDockerfileLinkClimbingOutOfTheCheckoutIsRefused() throws IOException {
        Files.writeString(workDir.resolve("secret"), DOCKERFILE);
        repo.symlink("Dockerfile", "../secret").commit("climb");

        BuildError refused = assertThrows(BuildError.class, () -> fetch("git://h/rpms/fedora-docker#main"));

        assertTrue(refused.getMessage().endsWith("resolves outside the checkout; refusing to read it"));
    }

    @Test
    void aModuleDirectoryLinkedOutsideIsRefused() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("Dockerfile"), DOCKERFILE);
        repo.file("README", "x").symlink("module", outside.toString()).commit("module link");

        BuildError refused = assertThrows(BuildError.class, () -> fetch("git://h/rpms/fedora-docker?module#main"));

        assertTrue(refused.getMessage().endsWith("resolves outside the checkout; refusing to read it"));
    }

    @Test
    void anAdditionalTagsLinkOutsideIsRefused() {
        repo.file("Dockerfile", DOCKERFILE).symlink("additional-tags", "/etc/passwd").commit("tags link");

        BuildError refused = assertThrows(BuildError.class, () -> fetch("git://h/rpms/fedora-docker#main"));

        assertEquals("additional-tags " + workDir.resolve("sources/additional-tags")
                + " resolves outside the checkout; refusing to read it", refused.getMessage());
    }

    @Test
    void aDockerfileThatIsNotUtf8IsRefused() throws IOException {
        repo.file("Dockerfile", "x").commit("first");
        Files.write(repo.dir().resolve("Dockerfile"), new byte[] {'F', (byte) 0xff, (byte) 0xfe});
        repo.commit("binary");

        BuildError refused = assertThrows(BuildError.class, () -> fetch("git://h/rpms/fedora-docker#main"));

        assertEquals(workDir.resolve("sources/Dockerfile") + " is not UTF-8 text", refused.getMessage());
    }

    @Test
    void onlyGitRepositoriesAreCheckedOut() {
        BuildError refused = assertThrows(BuildError.class, () -> fetch("svn://h/rpms/fedora-docker#1234"));

        assertEquals("Cannot read the Dockerfile from svn://h/rpms/fedora-docker#1234: only git repositories can be "
                + "built, not SVN", refused.getMessage());
        assertEquals(List.of(), git.cloned());
    }

    private void reset() {
        try (var files = Files.walk(workDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(path -> !path.equals(workDir)).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (var outputs = Files.list(temp.resolve("output"))) {
                for (Path file : outputs.toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
