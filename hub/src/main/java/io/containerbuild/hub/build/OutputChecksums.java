package io.containerbuild.hub.build;

import io.containerbuild.hub.store.ChecksumType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The checksums content generators may give for their outputs: {@code md5} and {@code sha256},
 * the two Koji's importer accepts. (Koji's table also knows sha1, which no importer accepts.)
 */
final class OutputChecksums {
    private OutputChecksums() {}

    static Optional<ChecksumType> typeByName(String name) {
        return switch (name) {
            case "md5" -> Optional.of(ChecksumType.MD5);
            case "sha256" -> Optional.of(ChecksumType.SHA256);
            default -> Optional.empty();
        };
    }

    /** How many hex digits a checksum of this type has. */
    static int hexLength(ChecksumType type) {
        return type == ChecksumType.MD5 ? 32 : 64;
    }

    /** The file's checksum as lower-case hex. */
    static String of(Path file, ChecksumType type) throws IOException {
        MessageDigest digest = digest(type);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String name(ChecksumType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static MessageDigest digest(ChecksumType type) {
        try {
            return MessageDigest.getInstance(type == ChecksumType.MD5 ? "MD5" : "SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5 and SHA-256", e);
        }
    }
}
