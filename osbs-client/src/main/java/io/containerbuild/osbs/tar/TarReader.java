package io.containerbuild.osbs.tar;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a tar stream member by member: POSIX ustar with PAX {@code path} records and GNU long names,
 * as {@code docker save} and image layers are written. Enough to look into images; not a general
 * archiver (no sparse files). Not thread-safe. Closing it does not close the underlying stream.
 */
public final class TarReader {

    private static final int BLOCK = 512;

    private final InputStream in;
    private long remainingInEntry;
    private long paddingAfterEntry;

    public TarReader(InputStream in) {
        this.in = in;
    }

    /** The next member, skipping what is left of the current one; empty at the end of the archive. */
    public Optional<TarEntry> next() throws IOException {
        skipRest();
        String longName = null;
        while (true) {
            byte[] header = new byte[BLOCK];
            if (!readBlock(header)) {
                return Optional.empty();
            }
            if (isZero(header)) {
                return Optional.empty();
            }
            String name = text(header, 0, 100);
            if (header[257] == 'u' && header[258] == 's' && header[259] == 't') {
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
            }
            long size = size(header);
            char type = (char) header[156];
            long padding = (BLOCK - size % BLOCK) % BLOCK;
            if (type == 'x' || type == 'L') {
                byte[] data = in.readNBytes((int) size);
                skipFully(padding);
                String override = type == 'L' ? text(data, 0, data.length) : paxPath(data);
                if (override != null) {
                    longName = override;
                }
                continue;
            }
            if (type == 'g') {
                skipFully(size + padding);
                continue;
            }
            remainingInEntry = size;
            paddingAfterEntry = padding;
            return Optional.of(new TarEntry(longName != null ? longName : name, size, type));
        }
    }

    /** The current member's content; valid until {@link #next()}. */
    public InputStream content() {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                if (remainingInEntry <= 0) {
                    return -1;
                }
                int b = in.read();
                if (b >= 0) {
                    remainingInEntry--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (remainingInEntry <= 0) {
                    return -1;
                }
                int n = in.read(buffer, offset, (int) Math.min(length, remainingInEntry));
                if (n > 0) {
                    remainingInEntry -= n;
                }
                return n;
            }

            @Override
            public long skip(long count) throws IOException {
                long skipped = in.skip(Math.min(count, remainingInEntry));
                if (skipped > 0) {
                    remainingInEntry -= skipped;
                }
                return Math.max(skipped, 0);
            }

            @Override
            public int available() throws IOException {
                return (int) Math.min(in.available(), remainingInEntry);
            }

            @Override
            public void close() {
                // the archive stays open; next() skips what was not read
            }
        };
    }

    private void skipRest() throws IOException {
        skipFully(remainingInEntry + paddingAfterEntry);
        remainingInEntry = 0;
        paddingAfterEntry = 0;
    }

    private void skipFully(long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the tar stream ends inside a member");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private boolean readBlock(byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) {
            return false;
        }
        if (n < BLOCK) {
            throw new EOFException("the tar stream ends inside a header");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long size(byte[] header) {
        if ((header[124] & 0x80) != 0) {
            // base-256, for members of 8 GiB and more
            long value = 0;
            for (int i = 125; i < 136; i++) {
                value = (value << 8) | (header[i] & 0xff);
            }
            return value;
        }
        String octal = text(header, 124, 12).trim();
        return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
    }

    private static String text(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** The {@code path} of PAX records, {@code "<len> path=<value>\n"}…, or null. */
    private static String paxPath(byte[] data) {
        int i = 0;
        while (i < data.length) {
            int space = i;
            while (space < data.length && data[space] != ' ') {
                space++;
            }
            if (space >= data.length) {
                return null;
            }
            int length = Integer.parseInt(new String(data, i, space - i, StandardCharsets.US_ASCII));
            String record = new String(data, space + 1, length - (space - i) - 2, StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                return record.substring("path=".length());
            }
            i += length;
        }
        return null;
    }
}
