package io.containerbuild.hub.build;

import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.ParameterError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Koji's rule for content-generator outputs: each one's file must have been uploaded to the
 * import's directory, with the size and checksum the metadata gives. An output marked
 * {@code metadata_only} is recorded without a file (for an image that lives in a registry).
 */
final class UploadedOutputs {
    /** An output with its checked file; the file is null for a {@code metadata_only} output. */
    record OutputFile(CgOutput output, Path file) {}

    private UploadedOutputs() {}

    /**
     * @param directory the upload directory, or null when the client named none
     * @throws BuildError naming the output whose file is missing, of another size, or another checksum
     */
    static List<OutputFile> verify(List<CgOutput> outputs, Path directory, UploadArea uploads) {
        List<OutputFile> files = new ArrayList<>();
        for (CgOutput output : outputs) {
            if (output.metadataOnly()) {
                files.add(new OutputFile(output, null));
                continue;
            }
            if (directory == null) {
                throw new ParameterError("CGImport(): " + output.where()
                        + " has a file, so a directory to find it in is required");
            }
            Path expected = uploads.file(directory, output.relpath(), output.filename());
            Path file = uploads.existing(expected).orElseThrow(() -> new BuildError(output.where()
                    + ": no such file uploaded: " + uploads.shown(expected)));
            check(output, file);
            files.add(new OutputFile(output, file));
        }
        return files;
    }

    private static void check(CgOutput output, Path file) {
        try {
            long size = Files.size(file);
            if (size != output.filesize()) {
                throw new BuildError(output.where() + ": file size " + size + " doesn't match the expected "
                        + output.filesize() + ". Corrupted upload?");
            }
            String actual = OutputChecksums.of(file, output.checksumType());
            if (!actual.equals(output.checksum())) {
                throw new BuildError(output.where() + ": file checksum mismatch: "
                        + OutputChecksums.name(output.checksumType()) + " " + output.checksum() + " != " + actual);
            }
        } catch (IOException e) {
            throw new BuildError(output.where() + ": cannot read the uploaded file: " + e.getMessage(), e);
        }
    }
}
