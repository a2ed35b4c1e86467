package io.containerbuild.osbs.cgimport;

import java.util.List;
import java.util.Objects;

/**
 * The manifest list of a build of several platforms, as Koji's {@code extra.image.index} records it.
 *
 * @param pullSpecs {@code registry/name@<list digest>} and {@code registry/name:<version-release>}
 */
public record ImageIndex(List<String> primaryTags, List<String> floatingTags, List<String> uniqueTags,
                         List<String> pullSpecs, String digest) {

    public ImageIndex {
        primaryTags = List.copyOf(primaryTags);
        floatingTags = List.copyOf(floatingTags);
        uniqueTags = List.copyOf(uniqueTags);
        pullSpecs = List.copyOf(pullSpecs);
        Objects.requireNonNull(digest, "digest");
    }
}
