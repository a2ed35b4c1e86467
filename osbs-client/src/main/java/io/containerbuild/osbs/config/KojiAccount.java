package io.containerbuild.osbs.config;

import java.net.URI;
import java.util.Objects;

/**
 * The Koji hub that non-scratch builds are reserved in and imported into, and the content
 * generator account that does it.
 *
 * @param hubUrl the hub's XML-RPC URL
 * @param contentGenerator the content generator's name in Koji ({@code CGInitBuild}'s {@code cg})
 * @param user the account with access to that content generator
 */
public record KojiAccount(URI hubUrl, String contentGenerator, String user, String password) {

    public KojiAccount {
        Objects.requireNonNull(hubUrl, "hubUrl");
        Objects.requireNonNull(contentGenerator, "contentGenerator");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "KojiAccount[hubUrl=" + hubUrl + ", contentGenerator=" + contentGenerator + ", user=" + user
                + ", password=***]";
    }
}
