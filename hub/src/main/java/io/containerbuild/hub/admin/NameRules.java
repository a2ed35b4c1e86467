package io.containerbuild.hub.admin;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.util.regex.Pattern;

/**
 * Koji's checks on new names ({@code verify_name_internal}, {@code verify_name_user}) with the
 * hub's default patterns. Upstream allows 256 characters everywhere; here the limit is also the
 * width of the column the name goes into, so a long name is refused with Koji's message instead of
 * failing in the database.
 */
public enum NameRules {
    /** Tags, targets, packages: {@code tags.name} and friends are 255 wide. */
    TAG(Kind.INTERNAL, 255),
    /** Channels: 128 wide. */
    CHANNEL(Kind.INTERNAL, 128),
    /** Permissions: 50 wide. */
    PERMISSION(Kind.INTERNAL, 50),
    /** People's accounts: 255 wide. */
    USER(Kind.USER, 255),
    /** A host is also an account, and {@code hosts.name} is 128 wide. */
    HOST(Kind.USER, 128);

    private enum Kind {
        INTERNAL(Pattern.compile("^[A-Za-z0-9/_.+-]+$"), "RegexNameInternal"),
        USER(Pattern.compile("^[A-Za-z0-9/_.@-]+$"), "RegexUserName");

        private final Pattern pattern;
        private final String optionName;

        Kind(Pattern pattern, String optionName) {
            this.pattern = pattern;
            this.optionName = optionName;
        }
    }

    /** Koji's {@code MaxNameLengthInternal} default. */
    private static final int KOJI_MAX_LENGTH = 256;

    private final Kind kind;
    private final int maxLength;

    NameRules(Kind kind, int columnWidth) {
        this.kind = kind;
        this.maxLength = Math.min(KOJI_MAX_LENGTH, columnWidth);
    }

    /**
     * Answers the name when it is acceptable.
     *
     * @throws KojiFault GenericError with Koji's text: not a string, too long, or not matching
     */
    public String verify(Object name) {
        if (!(name instanceof String text)) {
            throw generic("Name should be string");
        }
        if (text.length() > maxLength) {
            throw generic("Name " + text + " is too long. Max length is " + maxLength + " characters");
        }
        if (!kind.pattern.matcher(text).matches()) {
            throw generic("Name " + text + " does not match " + kind.optionName + " value");
        }
        return text;
    }

    private static KojiFault generic(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }
}
