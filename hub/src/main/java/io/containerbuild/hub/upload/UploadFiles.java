package io.containerbuild.hub.upload;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;

/** The file side of uploads: writing chunks as Koji's two upload protocols do, and describing a file. */
public final class UploadFiles {
    private static final int BLOCK = 64 * 1024;

    private final FileLocks locks;

    @Inject
    public UploadFiles(FileLocks locks) {
        this.locks = locks;
    }

    /** What a fast upload answers: bytes written, where they went, and their checksum when asked. */
    public record Chunk(long size, String fileverify, long offset, String hexdigest) {}

    /** What {@code checkUpload} answers; the sum covers the last {@code tail} bytes when a tail was given. */
    public record Described(long size, Instant modified, Long sumLength, String hexdigest) {}

    /**
     * Koji's {@code handle_upload}: the body goes to {@code offset}, the file cut there first, or to
     * the end for offset -1. An existing file is only rewritten from 0 with {@code overwrite}.
     */
    public Chunk writeChunk(Path file, String shown, InputStream body, long offset, boolean overwrite,
                            Optional<Verification> verify) {
        if (offset < -1) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Invalid upload offset: " + offset);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            requireRegular(file, shown, "destination not a file: ");
            if (offset == 0 && !overwrite) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "upload path exists: " + shown);
            }
        }
        Optional<Verification.Checksum> checksum = verify.map(Verification::start);
        FileLocks.Held lock = locks.lock(file);
        try (lock; FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            long start = offset == -1 ? channel.size() : offset;
            if (offset != -1 && channel.size() > offset) {
                channel.truncate(offset);
            }
            long written = 0;
            byte[] block = new byte[BLOCK];
            while (true) {
                int n = body.read(block);
                if (n < 0) {
                    break;
                }
                checksum.ifPresent(sum -> sum.update(block, 0, n));
                writeFully(channel, ByteBuffer.wrap(block, 0, n), start + written);
                written += n;
            }
            return new Chunk(written, verify.map(Verification::wireName).orElse(""), start,
                    checksum.map(Verification.Checksum::hexdigest).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write upload " + shown, e);
        }
    }

    /**
     * Koji's legacy {@code uploadFile} once the chunk itself is checked: a chunk at {@code offset},
     * or at the end for -1, which also sets the final size and checks the whole file's digest.
     * Answers false when that digest does not match, so that the client sends the file again.
     */
    public boolean writeLegacy(Path file, String shown, byte[] data, Long size, long offset,
                               Optional<Verification> verify, String digest) {
        if (offset < -1) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Invalid upload offset: " + offset);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            requireRegular(file, shown, "destination not a file: ");
            // logs may be sent again from the start so that they can be followed while they grow
            if (offset == 0 && !file.getFileName().toString().endsWith(".log")) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "file already exists: " + shown);
            }
        }
        FileLocks.Held lock = locks.lock(file);
        try (lock; FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            if (offset == 0 || (offset == -1 && size != null && size == data.length)) {
                channel.truncate(0);
            }
            long start = offset == -1 ? channel.size() : offset;
            writeFully(channel, ByteBuffer.wrap(data), start);
            if (offset != -1) {
                return true;
            }
            if (size != null) {
                setLength(channel, size);
            }
            return verify.isEmpty() || checksumOf(channel, 0, verify.get()).equals(digest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write upload " + shown, e);
        }
    }

    /** Koji's {@code checkUpload}; empty when there is no such file. */
    public Optional<Described> describe(Path file, String shown, Optional<Verification> verify, Long tail) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        requireRegular(file, shown, "Not a regular file: ");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            long size = channel.size();
            if (verify.isEmpty()) {
                return Optional.of(new Described(size, attributes.lastModifiedTime().toInstant(), null, null));
            }
            if (tail != null && tail < 0) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "Invalid tail value: " + tail);
            }
            long from = tail == null ? 0 : Math.max(size - tail, 0);
            return Optional.of(new Described(size, attributes.lastModifiedTime().toInstant(), size - from,
                    checksumOf(channel, from, verify.get())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload " + shown, e);
        }
    }

    private static String checksumOf(FileChannel channel, long from, Verification verification) throws IOException {
        Verification.Checksum checksum = verification.start();
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        long position = from;
        for (int n = channel.read(buffer, position); n > 0; n = channel.read(buffer, position)) {
            checksum.update(buffer.array(), 0, n);
            position += n;
            buffer.clear();
        }
        return checksum.hexdigest();
    }

    /** Python's {@code ftruncate}: shorter cuts, longer pads with zeros. */
    private static void setLength(FileChannel channel, long size) throws IOException {
        if (size < channel.size()) {
            channel.truncate(size);
        } else if (size > channel.size()) {
            writeFully(channel, ByteBuffer.wrap(new byte[1]), size - 1);
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    private static void requireRegular(Path file, String shown, String complaint) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, complaint + shown);
        }
    }
}
