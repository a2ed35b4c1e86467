package io.containerbuild.osbs.config;

import java.util.Objects;

/** A registry account for pushing; the password never appears in {@link #toString()}. */
public record RegistryCredentials(String user, String password) {

    public RegistryCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "RegistryCredentials[user=" + user + ", password=***]";
    }
}
