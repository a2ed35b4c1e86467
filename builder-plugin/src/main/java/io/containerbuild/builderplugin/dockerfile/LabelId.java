package io.containerbuild.builderplugin.dockerfile;

import java.util.List;

/**
 * The labels the builder reads, each with the Dockerfile names it accepts: the preferred name
 * first, then the older alias.
 */
public enum LabelId {
    NAME("name", "Name"),
    COMPONENT("com.redhat.component", "BZComponent"),
    VERSION("version", "Version"),
    RELEASE("release", "Release");

    private final List<String> names;

    LabelId(String preferred, String alias) {
        this.names = List.of(preferred, alias);
    }

    /** The accepted names, preferred first. */
    public List<String> names() {
        return names;
    }

    /** How a missing label is named in messages: {@code name (or Name)}. */
    public String display() {
        return names.get(0) + " (or " + String.join(" or ", names.subList(1, names.size())) + ")";
    }
}
