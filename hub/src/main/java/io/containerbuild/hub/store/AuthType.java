package io.containerbuild.hub.store;

/** Koji's AUTHTYPES: how a session logged in. */
public enum AuthType {
    NORMAL(0),
    KERBEROS(1),
    SSL(2),
    GSSAPI(3);

    private final int code;

    AuthType(int code) {
        this.code = code;
    }

    /** The integer Koji stores and sends on the wire. */
    public int code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code Koji does not define */
    public static AuthType fromCode(int code) {
        for (AuthType value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown AuthType code: " + code);
    }
}
