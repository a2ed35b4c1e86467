package io.containerbuild.hub.store;

/** Koji's USER_STATUS: a blocked user cannot log in. */
public enum UserStatus {
    NORMAL(0),
    BLOCKED(1);

    private final int code;

    UserStatus(int code) {
        this.code = code;
    }

    /** The integer Koji stores and sends on the wire. */
    public int code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code Koji does not define */
    public static UserStatus fromCode(int code) {
        for (UserStatus value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown UserStatus code: " + code);
    }
}
