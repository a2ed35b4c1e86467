package io.containerbuild.hub.build;

import io.containerbuild.build.Nvr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * An imported build's files in Koji's layout under the hub's file tree, where {@code /kojifiles}
 * serves them: {@code packages/<name>/<version>/<release>/} holds {@code metadata.json},
 * {@code images/} (image archives), {@code files/<btype>/} (archives of other types) and
 * {@code data/logs/}. Uploads are copied, not moved, so a failed write leaves the upload intact.
 */
final class BuildFiles {
    private final Path packagesRoot;

    /** @param filesRoot the hub's file tree, {@code <DataDir>/files} */
    BuildFiles(Path filesRoot) {
        this.packagesRoot = filesRoot.resolve("packages").toAbsolutePath().normalize();
    }

    Path buildDirectory(Nvr nvr) {
        return packagesRoot.resolve(nvr.name()).resolve(nvr.version()).resolve(nvr.release());
    }

    /** Where an output's file goes. */
    Path destination(Nvr nvr, CgOutput output) {
        Path build = buildDirectory(nvr);
        if (output.isLog()) {
            return build.resolve("data").resolve("logs").resolve(output.filename());
        }
        if (output.btype().equals("image")) {
            return build.resolve("images").resolve(output.filename());
        }
        return build.resolve("files").resolve(output.btype()).resolve(output.filename());
    }

    /** Writes the metadata and copies the outputs' files; meant to run once the import committed. */
    void publish(Nvr nvr, List<UploadedOutputs.OutputFile> files, String metadataJson) {
        try {
            Path build = buildDirectory(nvr);
            Files.createDirectories(build);
            Files.writeString(build.resolve("metadata.json"), metadataJson, StandardCharsets.UTF_8);
            for (UploadedOutputs.OutputFile file : files) {
                if (file.file() != null) {
                    Path destination = destination(nvr, file.output());
                    Files.createDirectories(destination.getParent());
                    Files.copy(file.file(), destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the files of " + nvr + ": " + e.getMessage(), e);
        }
    }
}
