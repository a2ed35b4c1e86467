package io.containerbuild.osbs.tar;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes small ustar archives of regular files: enough for the README tarball an image output carries. */
public final class TarWriter implements AutoCloseable {

    private final OutputStream out;

    public TarWriter(OutputStream out) {
        this.out = out;
    }

    /** Adds a regular file, mode 0644, owned by root. Names up to 100 bytes. */
    public void addFile(String name, byte[] content, long modifiedEpochSeconds) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length > 100) {
            throw new IllegalArgumentException("tar member names are limited to 100 bytes here: " + name);
        }
        byte[] header = new byte[512];
        System.arraycopy(nameBytes, 0, header, 0, nameBytes.length);
        octal(header, 100, 8, 0644);
        octal(header, 108, 8, 0);
        octal(header, 116, 8, 0);
        octal(header, 124, 12, content.length);
        octal(header, 136, 12, modifiedEpochSeconds);
        header[156] = '0';
        put(header, 257, "ustar\0");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        long checksum = 0;
        for (byte b : header) {
            checksum += b & 0xff;
        }
        octal(header, 148, 7, checksum);
        header[155] = ' ';
        out.write(header);
        out.write(content);
        out.write(new byte[(512 - content.length % 512) % 512]);
    }

    /** Writes the two zero blocks that end an archive; does not close the stream. */
    @Override
    public void close() throws IOException {
        out.write(new byte[1024]);
        out.flush();
    }

    private static void octal(byte[] header, int offset, int length, long value) {
        String text = Long.toOctalString(value);
        String padded = "0".repeat(Math.max(0, length - 1 - text.length())) + text;
        put(header, offset, padded);
        header[offset + length - 1] = 0;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
