package io.containerbuild.osbs.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking out a commit behind the branch head, whose files differ from the head's. */
class SourceCheckoutTest {
    @TempDir
    Path dir;

    private String commit(Git git, String dockerfile, String message) throws Exception {
        Files.writeString(dir.resolve("repo").resolve("Dockerfile"), dockerfile);
        git.add().addFilepattern("Dockerfile").call();
        return git.commit().setMessage(message).setAuthor("Test", "test@example.com")
                .setCommitter("Test", "test@example.com").call().getName();
    }

    @Test
    void anOlderCommitOfTheBranchIsCheckedOutWithItsOwnFiles() throws Exception {
        String older;
        String head;
        try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).setInitialBranch("main").call()) {
            older = commit(git, "FROM one\n", "first");
            head = commit(git, "FROM two\n", "second");
        }
        String uri = dir.resolve("repo").toUri().toString();

        assertEquals(older, SourceCheckout.atRefOnBranch(uri, "main", older, dir.resolve("older")));
        assertEquals("FROM one\n", Files.readString(dir.resolve("older").resolve("Dockerfile")));
        assertFalse(Files.exists(dir.resolve("older").resolve(".git")));

        assertEquals(head, SourceCheckout.atRefOnBranch(uri, "main", head, dir.resolve("head")));
        assertEquals("FROM two\n", Files.readString(dir.resolve("head").resolve("Dockerfile")));

        SourceCheckout.atCommit(uri, older, dir.resolve("source"));
        assertEquals("FROM one\n", Files.readString(dir.resolve("source").resolve("Dockerfile")));
    }
}
