package io.containerbuild.hub.store;

/** Koji's CHECKSUM_TYPES for archives. */
public enum ChecksumType {
    MD5(0),
    SHA1(1),
    SHA256(2);

    private final int code;

    ChecksumType(int code) {
        this.code = code;
    }

    /** The integer Koji stores and sends on the wire. */
    public int code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code Koji does not define */
    public static ChecksumType fromCode(int code) {
        for (ChecksumType value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown ChecksumType code: " + code);
    }
}
