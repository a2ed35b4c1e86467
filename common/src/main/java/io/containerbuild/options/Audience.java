package io.containerbuild.options;

/**
 * Who checks a build request. The Python CLI and builder enforce overlapping rules with different
 * wording and in a different order; {@link OptionsValidator} reproduces each audience's view.
 */
public enum Audience {
    /** The {@code container-build} / {@code source-container-build} commands, before submitting. */
    CLI,
    /** The builder's task handler, before building. */
    BUILDER
}
