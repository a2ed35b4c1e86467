package io.containerbuild.hub.build;

import io.containerbuild.hub.store.ArchiveType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Koji's {@code get_archive_type(filename)}: the type whose extensions hold the file's extension,
 * trying the shortest extension first ({@code gz}, then {@code tar.gz}, ...), case-insensitively.
 */
final class ArchiveTypeMatch {
    private ArchiveTypeMatch() {}

    static Optional<ArchiveType> forFilename(String filename, List<ArchiveType> types) {
        String[] parts = filename.toLowerCase(Locale.ROOT).split("\\.", -1);
        for (int start = parts.length - 1; start >= 1; start--) {
            String extension = String.join(".", List.of(parts).subList(start, parts.length));
            for (ArchiveType type : types) {
                for (String known : type.extensions().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (known.equals(extension)) {
                        return Optional.of(type);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
