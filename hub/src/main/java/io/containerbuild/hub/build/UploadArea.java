package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import io.containerbuild.fault.ParameterError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The hub's upload area, {@code <DataDir>/files/work}, where clients' uploads wait for
 * {@code CGImport}. Directory and file names come from clients, so they are resolved inside the
 * area and never outside it: no absolute paths, no {@code ..}, and no symbolic link that leads out.
 * The hub only reads here; the upload calls write.
 */
final class UploadArea {
    private final Path root;

    /** @param filesRoot the hub's file tree, {@code <DataDir>/files} */
    UploadArea(Path filesRoot) {
        this.root = filesRoot.resolve("work").toAbsolutePath().normalize();
    }

    /** A single file name: not empty, no {@code /}, not {@code .} or {@code ..}. */
    static boolean isPlainName(String name) {
        return !name.isEmpty() && name.indexOf('/') < 0 && name.indexOf('\0') < 0 && !name.equals(".")
                && !name.equals("..");
    }

    /** A relative path that cannot climb: no leading {@code /}, no {@code ..} segment. */
    static boolean isRelativePath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The upload directory a client named, relative to the area.
     *
     * @throws ParameterError for a name that is absolute or climbs out
     */
    Path directory(String relative) {
        if (!isRelativePath(relative)) {
            throw new ParameterError("CGImport(): directory " + PythonText.repr(relative)
                    + " must be a relative path inside the upload area");
        }
        return inside(root.resolve(relative));
    }

    /** A file in an upload directory; {@code relpath} may be null. */
    Path file(Path directory, String relpath, String name) {
        Path parent = relpath == null ? directory : directory.resolve(relpath);
        return inside(parent.resolve(name));
    }

    /**
     * The file, if it is there as a regular file whose real location is inside the area; a symbolic
     * link leading elsewhere counts as absent.
     */
    Optional<Path> existing(Path file) {
        try {
            if (!Files.isDirectory(root)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            return real.startsWith(root.toRealPath()) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Where a path is shown to clients: relative to the area, as they named it. */
    String shown(Path path) {
        return root.relativize(path).toString();
    }

    private Path inside(Path path) {
        Path normalized = path.normalize();
        if (!normalized.startsWith(root)) {
            throw new ParameterError("CGImport(): " + PythonText.repr(root.relativize(normalized).toString())
                    + " is outside the upload area");
        }
        return normalized;
    }
}
