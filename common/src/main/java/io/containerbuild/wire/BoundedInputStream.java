package io.containerbuild.wire;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading a body once it passes the limit. A Content-Length check alone misses chunked and unannounced
 * bodies; this catches them as they stream in. The parser may wrap the exception, so {@link #exceeded()} tells
 * the truth afterwards.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new LimitReached(limit);
        }
    }

    /** What the parser sees; callers get a {@link BodyTooLargeException} instead. */
    static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached(long limit) {
            super("body exceeds " + limit + " bytes");
        }
    }
}
