package io.containerbuild.hub.task;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.upload.WorkTree;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The files a task left in its output directory, listed and read back in pieces. */
public final class TaskOutput {
    /**
     * The most one {@code downloadTaskOutput} answers. Koji has no cap, but a whole large log in one
     * base64 string would cost the hub several times its size in memory; clients that read to the
     * end ({@code watch-logs}) go on from the offset they reached.
     */
    static final int MAX_CHUNK = 16 * 1024 * 1024;

    private final WorkTree work;

    @Inject
    public TaskOutput(WorkTree work) {
        this.work = work;
    }

    /** One output file: its path relative to the task directory, its size and its times. */
    public record OutputFile(String name, long size, Instant accessed, Instant modified, Instant changed) {}

    /** The regular files under the task's directory, by name; none when it has no directory. */
    public List<OutputFile> list(int taskId) {
        Path dir = work.taskDir(taskId);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .map(file -> outputFile(dir, file))
                    .sorted((a, b) -> a.name().compareTo(b.name()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the output of task " + taskId, e);
        }
    }

    /**
     * Up to {@code size} bytes (all, for a negative size) from {@code offset}; a negative offset
     * counts from the end of the file, as Python's {@code seek(offset, 2)}.
     */
    public byte[] read(int taskId, String fileName, long offset, long size) {
        if (fileName.contains("..") || fileName.startsWith("/") || fileName.isEmpty()) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Invalid file name: " + fileName);
        }
        Path dir = work.taskDir(taskId);
        Path file = dir.resolve(fileName).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "no file \"" + fileName + "\" output by task " + taskId);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            long start = offset >= 0 ? Math.min(offset, length) : Math.max(0, length + offset);
            long wanted = size < 0 ? length - start : Math.min(size, length - start);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(wanted, MAX_CHUNK));
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) > 0) {
                // FileChannel may read less than asked; keep going until the buffer is full or the file ends
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + " of task " + taskId, e);
        }
    }

    private static OutputFile outputFile(Path dir, Path file) {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new OutputFile(dir.relativize(file).toString(), attributes.size(),
                    attributes.lastAccessTime().toInstant(), attributes.lastModifiedTime().toInstant(),
                    changeTime(file, attributes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Python's {@code st_ctime} is the inode change time, which only the unix view knows. */
    private static Instant changeTime(Path file, BasicFileAttributes attributes) {
        try {
            return ((FileTime) Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS)).toInstant();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return attributes.lastModifiedTime().toInstant();
        }
    }
}
