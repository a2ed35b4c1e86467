package io.containerbuild.osbs.registry;

import java.util.Objects;

/** What a manifest list needs to name one image manifest: its media type, digest and size. */
public record ManifestDescriptor(String mediaType, String digest, long size) {

    public ManifestDescriptor {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(digest, "digest");
    }
}
