package io.containerbuild.wire;

/**
 * Bounds on what a peer may make us parse: the body size in bytes and the XML element depth.
 *
 * @param maxBodyBytes    largest body read; Koji's hub refuses requests over {@code MaxRequestLength}, 4 MiB
 * @param maxElementDepth deepest XML element accepted; every struct or array level costs three elements
 *                        ({@code value}, {@code struct}, {@code member}), so 64 leaves about 20 levels of
 *                        nesting, far more than any Koji call uses
 */
public record WireLimits(long maxBodyBytes, int maxElementDepth) {

    /** Koji's own request limit. */
    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
    public static final int DEFAULT_MAX_ELEMENT_DEPTH = 64;

    public WireLimits {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, not " + maxBodyBytes);
        }
        if (maxElementDepth < 8) {
            // a methodCall with one scalar parameter is already five elements deep
            throw new IllegalArgumentException("maxElementDepth must be at least 8, not " + maxElementDepth);
        }
    }

    /** 4 MiB and depth 64: what a hub accepts from clients. */
    public static WireLimits defaults() {
        return new WireLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ELEMENT_DEPTH);
    }

    public WireLimits withMaxBodyBytes(long bytes) {
        return new WireLimits(bytes, maxElementDepth);
    }

    public WireLimits withMaxElementDepth(int depth) {
        return new WireLimits(maxBodyBytes, depth);
    }
}
