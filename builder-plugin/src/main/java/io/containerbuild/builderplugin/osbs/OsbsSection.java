package io.containerbuild.builderplugin.osbs;

/** The osbs.conf instance sections the handlers use, chosen by task method and never by scratch. */
public enum OsbsSection {
    /** {@code buildContainer}: binary containers and Flatpaks. */
    DEFAULT_BINARY("default_binary"),
    /** {@code buildSourceContainer}. */
    DEFAULT_SOURCE("default_source");

    private final String sectionName;

    OsbsSection(String sectionName) {
        this.sectionName = sectionName;
    }

    /** The section's name in osbs.conf. */
    public String sectionName() {
        return sectionName;
    }
}
