package io.containerbuild.it.e2e;

import io.containerbuild.it.RealParts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentest4j.AssertionFailedError;

/**
 * A bare repository under the git daemon's base path, filled with the {@code git} command from a work tree,
 * so builders clone it as Koji's users write it: {@code git://127.0.0.1/e2e/<name>.git#<commit>} (the daemon
 * on git's own port, which Koji's {@code allowed_scms} cannot name).
 */
final class GitRepo {
    static final String DIRECTORY = "e2e";

    private final String name;
    private final Path work;

    private GitRepo(String name, Path work) {
        this.name = name;
        this.work = work;
    }

    /** A new, empty repository {@code e2e/<prefix>-<random>.git} with branch {@code main}. */
    static GitRepo create(String prefix, Path scratch) {
        URI daemon = URI.create(RealParts.gitUrl());
        if (!"127.0.0.1".equals(daemon.getHost()) || (daemon.getPort() != -1 && daemon.getPort() != 9418)) {
            throw new AssertionFailedError("the end-to-end tests need the git daemon on 127.0.0.1:9418 (git's own port, "
                    + "as Koji's allowed_scms has no ports), but CONTAINERBUILD_GIT_URL is " + daemon + ". "
                    + RealParts.HOW_TO_START);
        }
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".git";
        Path bare = RealParts.gitRoot().resolve(DIRECTORY).resolve(name);
        Path work = scratch.resolve(name.replace(".git", "-work"));
        try {
            Files.createDirectories(bare);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(bare, "init", "-q", "--bare", "-b", "main");
        write(bare.resolve("git-daemon-export-ok"), "");
        git(work, "init", "-q", "-b", "main");
        git(work, "remote", "add", "origin", bare.toString());
        return new GitRepo(name, work);
    }

    /** The repository's name without {@code .git}, with which its regular builds' names start. */
    String baseName() {
        return name.substring(0, name.length() - ".git".length());
    }

    /** {@code git://127.0.0.1/e2e/<name>.git}. */
    String url() {
        return "git://127.0.0.1/" + DIRECTORY + "/" + name;
    }

    /** The source a build is asked for: the URL and a commit. */
    String src(String commit) {
        return url() + "#" + commit;
    }

    /** Writes the files, commits and pushes {@code main}; answers the commit. */
    String commit(Map<String, String> files) {
        files.forEach((path, text) -> {
            try {
                Files.createDirectories(work.resolve(path).getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write(work.resolve(path), text);
        });
        git(work, "add", "-A");
        git(work, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "content");
        git(work, "push", "-q", "origin", "main");
        return git(work, "rev-parse", "HEAD").strip();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        return Commands.run(command, Map.of(), 2).stdout();
    }
}
