package io.containerbuild.kojid;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where things live under {@code workdir}, in Koji's layout: a task works in
 * {@code tasks/<id % 10000>/<id>}; its output files wait in {@code output/<id % 10000>/<id>} until uploaded
 * to the same relative path on the hub; finished results that the hub has not taken yet wait in
 * {@code results}.
 */
final class TaskDirectories {
    private static final Logger LOG = LoggerFactory.getLogger(TaskDirectories.class);

    private final Path workdir;

    @Inject
    TaskDirectories(KojidConfig config) {
        this.workdir = config.workdir();
    }

    Path workDir(int taskId) {
        return workdir.resolve(uploadPath(taskId));
    }

    Path outputDir(int taskId) {
        return workdir.resolve("output").resolve(Integer.toString(taskId % 10000)).resolve(Integer.toString(taskId));
    }

    Path resultSpool() {
        return workdir.resolve("results");
    }

    /** The task's directory on the hub, relative to its work area ({@code getUploadDir()} in Koji). */
    static String uploadPath(int taskId) {
        return "tasks/" + (taskId % 10000) + "/" + taskId;
    }

    /** Creates the directory empty: whatever an earlier run of the same task left there goes first. */
    Path fresh(Path directory) {
        remove(directory);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    /** Removes a directory tree without following links out of it; what cannot be removed is logged. */
    void remove(Path directory) {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (failure instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw failure;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null && !(failure instanceof NoSuchFileException)) {
                        throw failure;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", directory, e.toString());
        }
    }
}
