package io.containerbuild.scm;

/** Koji's SCM types, named as Koji names them in {@code scm_type} policy data. */
public enum ScmType {
    CVS("CVS"),
    CVS_SSH("CVS+SSH"),
    GIT("GIT"),
    GIT_SSH("GIT+SSH"),
    SVN("SVN"),
    SVN_SSH("SVN+SSH");

    private final String kojiName;

    ScmType(String kojiName) {
        this.kojiName = kojiName;
    }

    public String kojiName() {
        return kojiName;
    }

    public boolean isGit() {
        return this == GIT || this == GIT_SSH;
    }
}
