package io.containerbuild.osbs.cgimport;

import io.containerbuild.osbs.tar.TarWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The file a {@code docker-image} output uploads: as in OSBS 2, not the image itself but a gzipped
 * tar holding a README that says where the image is.
 */
public final class ImageReadme {

    private ImageReadme() {
    }

    public static ArchiveFile archive(String imageId, String platform, List<String> pullSpecs, Instant when) {
        String shortId = imageId.replaceFirst("^sha256:", "");
        shortId = shortId.substring(0, Math.min(12, shortId.length()));
        String readme = "This archive stands for a container image, which lives in a registry:\n\n"
                + String.join("\n", pullSpecs) + "\n\nPull it with: podman pull " + pullSpecs.get(0) + "\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            TarWriter tar = new TarWriter(gzip);
            tar.addFile("README", readme.getBytes(StandardCharsets.UTF_8), when.getEpochSecond());
            tar.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArchiveFile("docker-image-" + shortId + "." + platform + ".tar.gz", bytes.toByteArray());
    }
}
