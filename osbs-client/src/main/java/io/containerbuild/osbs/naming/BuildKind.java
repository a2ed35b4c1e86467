package io.containerbuild.osbs.naming;

/** The kinds of build, which decide the name, the release rules, the tags and whether Koji hears of it. */
public enum BuildKind {
    /** A regular binary build: imported, with primary, unique and floating tags. */
    REGULAR,
    /** Unique tag only, nothing imported, the build name as release. */
    SCRATCH,
    /** A rebuild with an explicit {@code N.N…} release: imported, primary and unique tags, no floating ones. */
    ISOLATED,
    /** A source container of an earlier image build. */
    SOURCE
}
