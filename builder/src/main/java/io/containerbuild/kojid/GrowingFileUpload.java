package io.containerbuild.kojid;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.TransportException;
import io.containerbuild.wire.UploadReceipt;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Adler32;

/**
 * One task output file: written locally by the handler, sent to the hub as it grows with Koji's raw upload
 * (64 KiB pieces, each at its offset, each confirmed by the adler32 the hub answers), and checked whole with
 * {@code checkUpload(verify='adler32')} at the end. A piece the hub did not confirm is sent again from the same
 * offset, where the hub truncates, so repeating is harmless.
 */
final class GrowingFileUpload {
    /** kojid's piece size for live logs. */
    static final int CHUNK_BYTES = 64 * 1024;
    static final int FINISH_ATTEMPTS = 3;
    static final Duration FINISH_RETRY_PAUSE = Duration.ofSeconds(1);

    private final Path local;
    private final String uploadPath;
    private final String name;
    private final KojiSession session;
    private long uploaded;
    private boolean onHub;
    private boolean verified;
    private UploadingStream openStream;

    GrowingFileUpload(Path local, String uploadPath, String name, KojiSession session) {
        this.local = local;
        this.uploadPath = uploadPath;
        this.name = name;
        this.session = session;
    }

    String name() {
        return name;
    }

    /** A stream appending to the file; closing it uploads the rest and verifies the whole. One at a time. */
    synchronized OutputStream openStream() throws IOException {
        if (openStream != null) {
            throw new IllegalStateException("output file " + name + " is already open");
        }
        openStream = new UploadingStream(
                Files.newOutputStream(local, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        verified = false;
        return openStream;
    }

    /** Sends what was written since the last upload. */
    synchronized void uploadNewBytes() throws IOException {
        if (!Files.exists(local)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(local, StandardOpenOption.READ)) {
            long size = channel.size();
            while (uploaded < size) {
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK_BYTES, size - uploaded));
                while (buffer.hasRemaining() && channel.read(buffer, uploaded + buffer.position()) >= 0) {
                    // reads until the piece is full or the file ends
                }
                if (buffer.position() == 0) {
                    return;
                }
                byte[] chunk = Arrays.copyOf(buffer.array(), buffer.position());
                send(uploaded, chunk);
                uploaded += chunk.length;
                verified = false;
            }
        }
    }

    /**
     * Uploads the rest and checks the whole file on the hub, trying a few times; a file the hub holds wrongly is
     * sent again from the start.
     *
     * @throws IOException when the hub still does not hold the file as written
     */
    synchronized void finish() throws IOException {
        if (verified) {
            return;
        }
        Exception last = null;
        for (int attempt = 1; attempt <= FINISH_ATTEMPTS; attempt++) {
            try {
                uploadNewBytes();
                if (!onHub) {
                    // an empty file still shows up in the task's output, as with Koji's fastUpload
                    send(0, new byte[0]);
                }
                verify();
                verified = true;
                return;
            } catch (IOException | TransportException | KojiFault e) {
                last = e;
                if (e instanceof InterruptedIOException) {
                    break;
                }
                if (attempt < FINISH_ATTEMPTS) {
                    pause();
                }
            }
        }
        throw new IOException("could not upload " + name + " to " + uploadPath + ": " + last.getMessage(), last);
    }

    /** Closes a stream the handler left open, which finishes the upload. */
    void closeStream() throws IOException {
        UploadingStream stream;
        synchronized (this) {
            stream = openStream;
        }
        if (stream != null) {
            stream.close();
        } else {
            finish();
        }
    }

    /** Closes a stream the handler left open without uploading anything more. */
    void abandon() {
        UploadingStream stream;
        synchronized (this) {
            stream = openStream;
        }
        if (stream != null) {
            try {
                stream.closeLocally();
            } catch (IOException e) {
                // nothing more is sent for this file either way
            }
        }
    }

    private synchronized void streamClosed(UploadingStream stream) {
        if (openStream == stream) {
            openStream = null;
        }
    }

    private void send(long offset, byte[] chunk) throws IOException {
        UploadReceipt receipt = session.rawUpload(uploadPath, name, offset, chunk, true);
        if (!receipt.confirms(chunk) || receipt.offset() != offset) {
            throw new IOException("the hub wrote " + receipt.size() + " bytes at " + receipt.offset() + " with adler32 "
                    + receipt.hexdigest() + " for " + chunk.length + " bytes at " + offset + " with adler32 "
                    + UploadReceipt.adler32Hex(chunk) + " of " + name);
        }
        onHub = true;
    }

    private void verify() throws IOException {
        Object answer = session.call("checkUpload", List.of(uploadPath, name), Map.of("verify", "adler32"));
        long size = Files.size(local);
        String digest = adler32Hex(local);
        if (!(answer instanceof Map<?, ?> check)) {
            restart();
            throw new IOException(name + " is missing on the hub after its upload");
        }
        Object hubDigest = check.get("hexdigest");
        if (size(check.get("size")) != size || hubDigest == null
                || !digest.equals(hubDigest.toString().toLowerCase(Locale.ROOT))) {
            restart();
            throw new IOException("the hub holds " + check.get("size") + " bytes with adler32 " + hubDigest + " of "
                    + name + ", written were " + size + " bytes with adler32 " + digest);
        }
    }

    private void restart() {
        uploaded = 0;
        onHub = false;
    }

    private static long size(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        try {
            return value == null ? -1 : Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String adler32Hex(Path file) throws IOException {
        Adler32 adler = new Adler32();
        byte[] buffer = new byte[CHUNK_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                adler.update(buffer, 0, read);
            }
        }
        return String.format(Locale.ROOT, "%08x", adler.getValue());
    }

    /** The handler's stream: plain file writes, and the upload's end on close. */
    private final class UploadingStream extends FilterOutputStream {
        private boolean closed;

        UploadingStream(OutputStream file) {
            super(file);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            if (closeLocally()) {
                finish();
            }
        }

        /** Closes the local file; answers whether this call closed it. */
        synchronized boolean closeLocally() throws IOException {
            if (closed) {
                return false;
            }
            closed = true;
            try {
                super.close();
            } finally {
                streamClosed(this);
            }
            return true;
        }
    }

    private static void pause() throws InterruptedIOException {
        try {
            Thread.sleep(FINISH_RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while retrying an upload");
        }
    }
}
