package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import com.fasterxml.jackson.databind.JsonNode;
import io.containerbuild.fault.ParameterError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code CGImport}'s {@code metadata} argument as Koji reads it: a struct, JSON text, or the name of
 * an uploaded {@code *.json} file in the upload directory ({@code metadata.json} when nil).
 */
final class MetadataSource {
    /** Far above any real metadata (thousands of RPM components run to a few MiB). */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final String DEFAULT_FILE = "metadata.json";

    private MetadataSource() {}

    static CgMetadata read(Object metadata, Path directory, UploadArea uploads) {
        if (metadata instanceof Map<?, ?> struct) {
            Map<String, Object> copy = new LinkedHashMap<>();
            struct.forEach((key, value) -> copy.put(String.valueOf(key), value));
            JsonNode tree = CgMetadataParser.tree(copy);
            return CgMetadataParser.parse(tree, CgMetadataParser.text(tree));
        }
        String text = metadata == null ? DEFAULT_FILE : metadata instanceof String given ? given : null;
        if (text == null) {
            throw new ParameterError("CGImport(): metadata must be a dict, JSON text or a file name, not "
                    + PythonText.typeName(metadata));
        }
        String json = text.endsWith(".json") ? uploadedFile(text, directory, uploads) : text;
        return CgMetadataParser.parse(CgMetadataParser.tree(json), json);
    }

    private static String uploadedFile(String name, Path directory, UploadArea uploads) {
        if (directory == null) {
            throw new ParameterError("CGImport(): the metadata file " + PythonText.repr(name)
                    + " needs an upload directory");
        }
        if (!UploadArea.isRelativePath(name)) {
            throw new ParameterError("CGImport(): metadata file " + PythonText.repr(name)
                    + " must stay below the upload directory");
        }
        Path file = uploads.existing(uploads.file(directory, null, name))
                .orElseThrow(() -> KojiErrors.generic("No such file: " + name));
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ParameterError("CGImport(): metadata file " + name + " is larger than "
                        + MAX_FILE_BYTES + " bytes");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KojiErrors.generic("cannot read the metadata file " + name + ": " + e.getMessage());
        }
    }
}
