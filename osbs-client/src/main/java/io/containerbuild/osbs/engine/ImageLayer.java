package io.containerbuild.osbs.engine;

import java.util.Objects;

/** One layer of an image: its uncompressed digest ({@code diff_id}) and size, as Koji's {@code layer_sizes} lists them. */
public record ImageLayer(String diffId, long size) {

    public ImageLayer {
        Objects.requireNonNull(diffId, "diffId");
    }
}
