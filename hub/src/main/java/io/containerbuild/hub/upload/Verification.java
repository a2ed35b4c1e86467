package io.containerbuild.hub.upload;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.Adler32;

/**
 * The checksums Koji's uploads verify with ({@code fileverify}, {@code checkUpload(verify=)},
 * {@code uploadFile}'s {@code [type, digest]}), each answered as Python's {@code hexdigest()}.
 */
public enum Verification {
    ADLER32("adler32"),
    MD5("md5"),
    SHA1("sha1"),
    SHA256("sha256"),
    SHA512("sha512");

    private final String wireName;

    Verification(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** None for null or empty, as Koji treats a missing {@code fileverify}. */
    public static Optional<Verification> of(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        for (Verification verification : values()) {
            if (verification.wireName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(verification);
            }
        }
        throw new KojiFault(FaultCode.GENERIC_ERROR, "Unsupported verify type: " + name);
    }

    public Checksum start() {
        if (this == ADLER32) {
            Adler32 adler = new Adler32();
            return new Checksum() {
                @Override
                public void update(byte[] bytes, int offset, int length) {
                    adler.update(bytes, offset, length);
                }

                @Override
                public String hexdigest() {
                    // koji.util.adler32_constructor: the unsigned value as eight hex digits
                    return String.format("%08x", adler.getValue());
                }
            };
        }
        MessageDigest digest = messageDigest();
        return new Checksum() {
            @Override
            public void update(byte[] bytes, int offset, int length) {
                digest.update(bytes, offset, length);
            }

            @Override
            public String hexdigest() {
                return HexFormat.of().formatHex(digest.digest());
            }
        };
    }

    private MessageDigest messageDigest() {
        String algorithm = switch (this) {
            case MD5 -> "MD5";
            case SHA1 -> "SHA-1";
            case SHA256 -> "SHA-256";
            case SHA512 -> "SHA-512";
            case ADLER32 -> throw new IllegalStateException("adler32 is not a MessageDigest");
        };
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }

    /** A running checksum. */
    public interface Checksum {
        void update(byte[] bytes, int offset, int length);

        default void update(byte[] bytes) {
            update(bytes, 0, bytes.length);
        }

        String hexdigest();
    }
}
