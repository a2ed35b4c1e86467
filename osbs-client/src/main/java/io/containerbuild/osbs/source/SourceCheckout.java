package io.containerbuild.osbs.source;

import io.containerbuild.osbs.OsbsException;
import io.containerbuild.osbs.OsbsValidationException;
import io.containerbuild.osbs.store.BuildStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Clones repositories with JGit (never a shell): a binary build's ref, which must be on its branch,
 * or a source container's commit. The checkout keeps no {@code .git}, so it can be a build context
 * as it is. Clones are tried {@link #ATTEMPTS} times when the transport fails.
 */
public final class SourceCheckout {

    static final int ATTEMPTS = 3;

    private SourceCheckout() {
    }

    /**
     * Clones {@code branch} alone and checks out {@code ref} (a commit, tag or branch name).
     *
     * @return the commit checked out
     * @throws OsbsValidationException when the ref does not exist or is not on the branch
     * @throws OsbsException when the repository cannot be cloned
     */
    public static String atRefOnBranch(String uri, String branch, String ref, Path dir) {
        try (Git git = cloneWithRetries(uri, List.of("refs/heads/" + branch), branch, dir)) {
            Repository repository = git.getRepository();
            ObjectId branchHead = repository.resolve("refs/remotes/origin/" + branch);
            if (branchHead == null) {
                throw new OsbsValidationException("branch " + branch + " does not exist in " + uri);
            }
            ObjectId wanted = commitOf(repository, ref);
            if (wanted == null) {
                throw new OsbsValidationException("ref " + ref + " is not on branch " + branch + " of " + uri
                        + " (no such commit, tag or branch there)");
            }
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(wanted);
                if (!walk.isMergedInto(commit, walk.parseCommit(branchHead))) {
                    throw new OsbsValidationException("commit " + commit.getName() + " (" + ref + ") is not on branch "
                            + branch + " of " + uri);
                }
            }
            checkOut(git, wanted);
            return wanted.getName();
        } catch (GitAPIException | IOException e) {
            throw new OsbsException("cannot check out " + ref + " of " + uri + ": " + e.getMessage(), e);
        } finally {
            BuildStore.deleteTree(dir.resolve(".git"));
        }
    }

    /**
     * Clones every branch and checks out one commit.
     *
     * @throws OsbsException when the repository cannot be cloned or has no such commit
     */
    public static void atCommit(String uri, String commit, Path dir) {
        try (Git git = cloneWithRetries(uri, List.of(), null, dir)) {
            ObjectId wanted = commitOf(git.getRepository(), commit);
            if (wanted == null) {
                throw new OsbsException("commit " + commit + " is not in " + uri);
            }
            checkOut(git, wanted);
        } catch (GitAPIException | IOException e) {
            throw new OsbsException("cannot check out " + commit + " of " + uri + ": " + e.getMessage(), e);
        } finally {
            BuildStore.deleteTree(dir.resolve(".git"));
        }
    }

    /**
     * Writes the commit's tree into the clone's empty work tree, as a clone's own first checkout does. A
     * checkout command would compare with HEAD (the branch's head, never written out) and see every file
     * that differs in an older commit as a conflict. HEAD is left alone: the {@code .git} goes anyway.
     */
    private static void checkOut(Git git, ObjectId commit) throws IOException {
        Repository repository = git.getRepository();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit wanted = walk.parseCommit(commit);
            DirCacheCheckout checkout = new DirCacheCheckout(repository, repository.lockDirCache(), wanted.getTree());
            checkout.checkout();
        }
    }

    /** The commit a ref names, or null when the clone has none by that name (a full id resolves either way). */
    private static ObjectId commitOf(Repository repository, String ref) throws IOException {
        try {
            ObjectId id = repository.resolve(ref + "^{commit}");
            return id != null && repository.getObjectDatabase().has(id) ? id : null;
        } catch (MissingObjectException e) {
            return null;
        }
    }

    private static Git cloneWithRetries(String uri, List<String> branches, String branch, Path dir)
            throws GitAPIException {
        TransportException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return Git.cloneRepository().setURI(uri).setDirectory(dir.toFile()).setNoCheckout(true)
                        .setCloneAllBranches(branches.isEmpty()).setBranchesToClone(branches)
                        .setBranch(branch == null ? null : "refs/heads/" + branch).call();
            } catch (TransportException e) {
                String message = String.valueOf(e.getMessage());
                if (branch != null && (message.contains("not found in upstream")
                        || message.contains("does not have refs/heads/" + branch))) {
                    throw new OsbsValidationException("branch " + branch + " does not exist in " + uri);
                }
                last = e;
                BuildStore.deleteTree(dir);
                if (attempt + 1 < ATTEMPTS) {
                    try {
                        Thread.sleep(1000L << attempt);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        throw new OsbsException("cannot clone " + uri + ": " + (last == null ? "interrupted" : last.getMessage()), last);
    }
}
