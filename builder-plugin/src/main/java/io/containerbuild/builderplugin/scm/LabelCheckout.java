package io.containerbuild.builderplugin.scm;

import io.containerbuild.fault.BuildError;
import io.containerbuild.plugin.builder.CancellationSignal;
import io.containerbuild.plugin.builder.TaskOutput;
import io.containerbuild.scm.ScmUrl;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.URIish;

/**
 * Checks the SCM URL's ref out into {@code <work dir>/sources} with JGit, as Koji's checkout does
 * ({@code git clone -n}, then {@code git reset --hard <ref>}; here an init, a fetch of all branches
 * and tags, and the reset), and reads the Dockerfile and
 * {@code additional-tags} of the module directory. No git executable or shell is involved. Every
 * file read must resolve, symbolic links followed, to a regular file inside the checkout: a
 * repository cannot make the builder read {@code /etc/passwd}. Progress and failures go to the
 * task output {@code checkout-for-labels.log}.
 */
public final class LabelCheckout {

    public static final String LOG_FILE = "checkout-for-labels.log";
    static final String CHECKOUT_DIRECTORY = "sources";
    static final String DOCKERFILE = "Dockerfile";
    static final String ADDITIONAL_TAGS = "additional-tags";
    // Far beyond any real Dockerfile; keeps a hostile repository from filling the daemon's heap.
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final GitRemote remote;

    public LabelCheckout(GitRemote remote) {
        this.remote = remote;
    }

    /**
     * @param scm an SCM URL already checked against the allowed SCMs
     * @throws BuildError when the repository cannot be checked out, the ref is unknown, the
     *     Dockerfile is missing ({@code Dockerfile file missing: <path>}) or a file escapes the checkout
     */
    public FetchedDockerfile fetch(ScmUrl scm, Path workDir, TaskOutput output, CancellationSignal cancellation) {
        if (!scm.type().isGit()) {
            throw new BuildError("Cannot read the Dockerfile from " + scm.url() + ": only git repositories can be "
                    + "built, not " + scm.type().kojiName());
        }
        Path checkout = workDir.resolve(CHECKOUT_DIRECTORY);
        try (PrintWriter log = new PrintWriter(
                new OutputStreamWriter(output.open(LOG_FILE), StandardCharsets.UTF_8), true)) {
            checkOut(scm, checkout, log, cancellation);
            return read(checkout, scm);
        } catch (IOException e) {
            throw new BuildError("Cannot check out " + scm.url() + " for its labels: " + e.getMessage(), e);
        }
    }

    private void checkOut(ScmUrl scm, Path checkout, PrintWriter log, CancellationSignal cancellation) {
        String uri = remote.cloneUri(scm);
        log.println("Cloning " + uri + " into " + checkout);
        CheckoutProgress progress = new CheckoutProgress(log, cancellation);
        try (Git git = Git.init().setDirectory(checkout.toFile()).call()) {
            noBackgroundGc(git.getRepository());
            git.remoteAdd().setName(Constants.DEFAULT_REMOTE_NAME).setUri(new URIish(uri)).call();
            git.fetch()
                    .setRemote(Constants.DEFAULT_REMOTE_NAME)
                    .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + "*:" + Constants.R_REMOTES
                            + Constants.DEFAULT_REMOTE_NAME + "/*"))
                    .setTagOpt(TagOpt.FETCH_TAGS)
                    .setProgressMonitor(progress)
                    .call();
            ObjectId commit = resolve(git.getRepository(), scm.gitRef());
            log.println("Checking out " + scm.gitRef() + " (" + commit.name() + ")");
            git.reset().setMode(ResetType.HARD).setRef(commit.name()).setProgressMonitor(progress).call();
            log.println("Checked out " + commit.name());
        } catch (GitAPIException | JGitInternalException | IOException | URISyntaxException e) {
            log.println("Error: " + e.getMessage());
            throw new BuildError("Error checking out " + scm.url() + ": " + e.getMessage() + "; see " + LOG_FILE
                    + " for details", e);
        }
    }

    // A gc JGit detaches after the fetch would outlive the task and race the removal of its work directory.
    private static void noBackgroundGc(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setInt(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTO, 0);
        config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
        config.save();
    }

    /** The ref as a commit: a full id, a branch of the remote, a tag, then anything else git resolves. */
    private static ObjectId resolve(Repository repository, String ref) throws IOException {
        ObjectId id = null;
        if (ObjectId.isId(ref)) {
            id = ObjectId.fromString(ref);
        } else {
            for (String name : List.of(Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + ref,
                    Constants.R_TAGS + ref)) {
                Ref found = repository.exactRef(name);
                if (found != null) {
                    id = found.getObjectId();
                    break;
                }
            }
            if (id == null) {
                id = repository.resolve(ref);
            }
        }
        if (id == null) {
            throw new IOException("no commit, branch or tag named " + ref);
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(id);
            return commit.getId();
        } catch (IOException e) {
            throw new IOException(ref + " is not a commit in the repository", e);
        }
    }

    private static FetchedDockerfile read(Path checkout, ScmUrl scm) {
        Path root;
        try {
            root = checkout.toRealPath();
        } catch (IOException e) {
            throw new BuildError("Cannot read the checkout " + checkout + ": " + e.getMessage(), e);
        }
        Path directory = scm.module().map(checkout::resolve).orElse(checkout);
        Path dockerfile = directory.resolve(DOCKERFILE);
        if (!Files.exists(dockerfile)) {
            throw new BuildError("Dockerfile file missing: " + dockerfile);
        }
        String content;
        try {
            content = decode(readSmallRegularFile(confined(root, dockerfile, DOCKERFILE), dockerfile));
        } catch (CharacterCodingException e) {
            throw new BuildError(dockerfile + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new BuildError("Cannot read " + dockerfile + ": " + e.getMessage(), e);
        }
        return new FetchedDockerfile(dockerfile, content, additionalTags(root, directory.resolve(ADDITIONAL_TAGS)));
    }

    // Upstream ignores an additional-tags file it cannot read; one that points outside is refused all the same.
    private static List<String> additionalTags(Path root, Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        Path real = confined(root, file, ADDITIONAL_TAGS);
        try {
            return decode(readSmallRegularFile(real, file)).lines()
                    .filter(line -> !line.contains("-"))
                    .map(String::strip)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The file's real path, symbolic links followed, when that is inside the checkout. */
    private static Path confined(Path root, Path file, String what) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new BuildError("Cannot resolve " + file + ": " + e.getMessage(), e);
        }
        if (!real.startsWith(root)) {
            throw new BuildError(what + " " + file + " resolves outside the checkout; refusing to read it");
        }
        return real;
    }

    private static byte[] readSmallRegularFile(Path real, Path file) throws IOException {
        if (!Files.isRegularFile(real)) {
            throw new IOException(file + " is not a regular file");
        }
        if (Files.size(real) > MAX_FILE_BYTES) {
            throw new IOException(file + " is larger than " + MAX_FILE_BYTES + " bytes");
        }
        return Files.readAllBytes(real);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
