package io.containerbuild.osbs.engine;

import io.containerbuild.osbs.tar.TarEntry;
import io.containerbuild.osbs.tar.TarReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one image layer (a tar) holds of RPM: the {@code rpm} program as a real file (busybox's
 * {@code rpm} applet link does not count) and an RPM database. An image has RPM components only
 * when its layers have both.
 */
record LayerContents(boolean rpmBinary, boolean rpmDatabase) {

    static final LayerContents NOTHING = new LayerContents(false, false);
    private static final Set<String> RPM_BINARIES = Set.of("usr/bin/rpm", "bin/rpm");
    private static final List<String> RPM_DATABASES = List.of("var/lib/rpm/", "usr/lib/sysimage/rpm/");

    LayerContents or(LayerContents other) {
        return new LayerContents(rpmBinary || other.rpmBinary, rpmDatabase || other.rpmDatabase);
    }

    boolean hasRpm() {
        return rpmBinary && rpmDatabase;
    }

    /** Reads a layer; anything that is not a readable tar holds nothing. */
    static LayerContents of(InputStream layer) {
        boolean binary = false;
        boolean database = false;
        try {
            TarReader tar = new TarReader(layer);
            Optional<TarEntry> entry;
            while ((entry = tar.next()).isPresent()) {
                if (!entry.get().isRegularFile()) {
                    continue;
                }
                String name = entry.get().name().replaceFirst("^\\./", "").replaceFirst("^/+", "");
                binary |= RPM_BINARIES.contains(name);
                database |= RPM_DATABASES.stream().anyMatch(name::startsWith);
            }
            return new LayerContents(binary, database);
        } catch (IOException | RuntimeException e) {
            return NOTHING;
        }
    }
}
