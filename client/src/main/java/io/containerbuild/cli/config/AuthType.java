package io.containerbuild.cli.config;

import io.containerbuild.fault.ConfigurationError;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code authtype} values Koji's client knows. This client can log in with a password or not at all. */
public enum AuthType {
    NOAUTH,
    PASSWORD,
    KERBEROS,
    SSL,
    GSSAPI;

    /** The name as written in {@code koji.conf} and after {@code --authtype}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isSupported() {
        return this == NOAUTH || this == PASSWORD;
    }

    /** @throws ConfigurationError for a name Koji does not know, listing the known ones */
    public static AuthType parse(String text, String where) {
        for (AuthType type : values()) {
            if (type.configName().equals(text)) {
                return type;
            }
        }
        throw new ConfigurationError(where + ": unknown authtype '" + text + "' (known: "
                + Arrays.stream(values()).map(AuthType::configName).collect(Collectors.joining(", ")) + ")");
    }
}
