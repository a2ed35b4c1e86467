package io.containerbuild.hub.store;

/** Koji's USERTYPES. */
public enum UserType {
    NORMAL(0),
    HOST(1),
    GROUP(2);

    private final int code;

    UserType(int code) {
        this.code = code;
    }

    /** The integer Koji stores and sends on the wire. */
    public int code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code Koji does not define */
    public static UserType fromCode(int code) {
        for (UserType value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown UserType code: " + code);
    }
}
