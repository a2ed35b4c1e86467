package io.containerbuild.scm;

import java.util.Arrays;
import java.util.Optional;

/** The URL schemes Koji's SCM class accepts, each with its SCM type. */
public enum ScmScheme {
    CVS("cvs://", ScmType.CVS),
    CVS_SSH("cvs+ssh://", ScmType.CVS_SSH),
    GIT("git://", ScmType.GIT),
    GIT_HTTP("git+http://", ScmType.GIT),
    GIT_HTTPS("git+https://", ScmType.GIT),
    GIT_RSYNC("git+rsync://", ScmType.GIT),
    GIT_SSH("git+ssh://", ScmType.GIT_SSH),
    SVN("svn://", ScmType.SVN),
    SVN_HTTP("svn+http://", ScmType.SVN),
    SVN_HTTPS("svn+https://", ScmType.SVN),
    SVN_SSH("svn+ssh://", ScmType.SVN_SSH);

    private final String prefix;
    private final ScmType type;

    ScmScheme(String prefix, ScmType type) {
        this.prefix = prefix;
        this.type = type;
    }

    /** The scheme as Koji keeps it, with {@code ://}: {@code git+https://}. */
    public String prefix() {
        return prefix;
    }

    public ScmType type() {
        return type;
    }

    /**
     * The scheme a plain client uses for the same repository: the part after {@code +}, as
     * koji-containerbuild's {@code get_git_uri} computes it ({@code git+https://} → {@code https://}).
     */
    public String transportPrefix() {
        int plus = prefix.indexOf('+');
        return plus < 0 ? prefix : prefix.substring(plus + 1);
    }

    /** The scheme a URL starts with, matched case-sensitively as Koji does. */
    public static Optional<ScmScheme> of(String url) {
        return Arrays.stream(values()).filter(scheme -> url.startsWith(scheme.prefix)).findFirst();
    }
}
