package io.containerbuild.hub.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema change, from a resource named {@code V<version>__<description>.sql}. The
 * checksum is over the script with line endings normalised, so a checkout's line endings don't matter
 * but any real edit of an applied migration is caught.
 */
public record Migration(int version, String description, String script, String checksum) {
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([A-Za-z0-9_]+)\\.sql");

    static Migration of(String fileName, String script) {
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            throw new StoreException("migration file name " + fileName + " is not V<version>__<description>.sql");
        }
        String normalised = script.replace("\r\n", "\n");
        return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), normalised,
                sha256(normalised));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
