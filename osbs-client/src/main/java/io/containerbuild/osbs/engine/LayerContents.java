package io.containerbuild.osbs.engine;

import io.containerbuild.osbs.tar.TarEntry;
import io.containerbuild.osbs.tar.TarReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/** Looks into an image layer (a tar) for what decides the build's metadata. */
final class LayerContents {

    private static final Set<String> RPM_BINARIES = Set.of("usr/bin/rpm", "bin/rpm");

    private LayerContents() {
    }

    /** Whether the layer adds an {@code rpm} binary; false for anything that is not a readable tar. */
    static boolean hasRpm(InputStream layer) {
        try {
            TarReader tar = new TarReader(layer);
            Optional<TarEntry> entry;
            while ((entry = tar.next()).isPresent()) {
                String name = entry.get().name().replaceFirst("^\\./", "").replaceFirst("^/+", "");
                if (RPM_BINARIES.contains(name) && (entry.get().isRegularFile() || entry.get().type() == '2')) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
