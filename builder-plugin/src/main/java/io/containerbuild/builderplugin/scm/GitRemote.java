package io.containerbuild.builderplugin.scm;

import io.containerbuild.scm.ScmUrl;

/**
 * Where the label checkout clones an SCM URL from. Production clones the URL as Koji would; tests
 * map a {@code git://} URL onto a repository on disk.
 */
@FunctionalInterface
public interface GitRemote {

    /** The URI to clone, without the ref. */
    String cloneUri(ScmUrl scm);

    /**
     * Koji's choice for its own checkout: the scheme after any {@code +}, the user if the URL names
     * one (ssh needs it), the host and the repository.
     */
    static GitRemote asGiven() {
        return scm -> scm.scheme().transportPrefix() + scm.user().map(user -> user + "@").orElse("") + scm.host()
                + scm.repository();
    }
}
