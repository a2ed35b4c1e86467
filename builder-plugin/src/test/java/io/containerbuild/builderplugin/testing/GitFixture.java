package io.containerbuild.builderplugin.testing;

import io.containerbuild.builderplugin.scm.GitRemote;
import io.containerbuild.scm.ScmUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Real git repositories made with JGit below a temporary directory, and a {@link GitRemote} that
 * serves an SCM URL's repository path from there ({@code git://host/rpms/x} → {@code <root>/rpms/x}).
 */
public final class GitFixture {

    private final Path root;
    private final List<String> cloned = new ArrayList<>();

    public GitFixture(Path root) {
        this.root = root;
    }

    /** A new repository at the SCM repository path, on branch {@code main}. */
    public Repo repository(String repositoryPath) {
        Path dir = root.resolve(repositoryPath.replaceFirst("^/", ""));
        try {
            Files.createDirectories(dir);
            return new Repo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves SCM URLs from the repositories here and remembers what was cloned. */
    public GitRemote remote() {
        return (ScmUrl scm) -> {
            cloned.add(scm.url());
            return root.resolve(scm.repository().substring(1)).toUri().toString();
        };
    }

    /** The SCM URLs cloned so far. */
    public List<String> cloned() {
        return List.copyOf(cloned);
    }

    /** A working repository to commit to. */
    public static final class Repo {
        private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com");

        private final Git git;
        private final Path dir;

        Repo(Git git, Path dir) {
            this.git = git;
            this.dir = dir;
        }

        public Path dir() {
            return dir;
        }

        public Repo file(String path, String content) {
            try {
                Path file = dir.resolve(path);
                Files.createDirectories(file.getParent());
                Files.deleteIfExists(file);
                Files.writeString(file, content, StandardCharsets.UTF_8);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Repo symlink(String path, String target) {
            try {
                Path link = dir.resolve(path);
                Files.createDirectories(link.getParent());
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, Path.of(target));
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Repo directory(String path) {
            try {
                Files.createDirectories(dir.resolve(path));
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Repo remove(String path) {
            try {
                git.rm().addFilepattern(path).call();
                return this;
            } catch (GitAPIException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Commits everything; answers the commit id. */
        public String commit(String message) {
            try {
                git.add().addFilepattern(".").call();
                git.add().addFilepattern(".").setUpdate(true).call();
                RevCommit commit = git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR)
                        .setSign(false).call();
                return commit.getName();
            } catch (GitAPIException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Creates the branch at the current commit and switches to it. */
        public Repo branch(String name) {
            try {
                git.checkout().setCreateBranch(true).setName(name).call();
                return this;
            } catch (GitAPIException e) {
                throw new IllegalStateException(e);
            }
        }

        public Repo switchTo(String branch) {
            try {
                git.checkout().setName(branch).call();
                return this;
            } catch (GitAPIException e) {
                throw new IllegalStateException(e);
            }
        }

        public Repo tag(String name) {
            try {
                git.tag().setName(name).setAnnotated(true).setMessage(name).setTagger(AUTHOR).setSigned(false).call();
                return this;
            } catch (GitAPIException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
