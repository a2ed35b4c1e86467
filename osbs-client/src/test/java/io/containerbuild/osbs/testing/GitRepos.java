package io.containerbuild.osbs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.URIish;

/**
 * Makes repositories for builds: a bare repository under the git daemon's root, filled from a
 * working tree with JGit, so that builds clone it over {@code git://}.
 */
public final class GitRepos {

    private final Path bare;
    private final Path work;
    private final Git git;
    private final String url;

    private GitRepos(Path bare, Path work, Git git, String url) {
        this.bare = bare;
        this.work = work;
        this.git = git;
        this.url = url;
    }

    /** A new repository named {@code <prefix>-<random>.git} with branch {@code main}, served by the git daemon. */
    public static GitRepos create(String prefix, Path scratch) {
        return create(prefix, scratch, RealParts.gitRoot(), RealParts.gitUrl());
    }

    /** A repository under {@code scratch}, cloned over {@code file://}: for tests without the real parts. */
    public static GitRepos createLocal(String prefix, Path scratch) {
        return create(prefix, scratch, scratch, null);
    }

    private static GitRepos create(String prefix, Path scratch, Path root, String baseUrl) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".git";
        Path bare = root.resolve(name);
        try {
            Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
            Files.writeString(bare.resolve("git-daemon-export-ok"), "");
            Path work = Files.createDirectories(scratch.resolve(name.replace(".git", "-work")));
            Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call();
            git.remoteAdd().setName("origin").setUri(new URIish(bare.toUri().toString())).call();
            return new GitRepos(bare, work, git, baseUrl == null ? bare.toUri().toString() : baseUrl + "/" + name);
        } catch (GitAPIException | IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot make a test repository", e);
        }
    }

    /** The {@code git://} URL builds clone. */
    public String url() {
        return url;
    }

    public Path bare() {
        return bare;
    }

    /** Writes the files, commits them on the current branch and pushes it; returns the commit id. */
    public String commit(Map<String, String> files, String message) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = work.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Test", "test@example.com");
            RevCommit commit = git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
            git.push().setRemote("origin").setPushAll().call();
            return commit.getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot commit to the test repository", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates and switches to a branch from the current commit. */
    public void branch(String name) {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot branch the test repository", e);
        }
    }

    public void checkout(String name) {
        try {
            git.checkout().setName(name).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot switch branches in the test repository", e);
        }
    }
}
