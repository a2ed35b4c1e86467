package io.containerbuild.options;

/**
 * A rule on how build options combine, with the exact message each audience gives when it is
 * broken. A rule without a message for an audience is not checked by that audience upstream.
 */
public enum OptionsRule {
    ARCH_OVERRIDE_NEEDS_SCRATCH_OR_ISOLATED(
            "--arch-override is only allowed for --scratch or --isolated builds",
            "arch-override is only allowed for isolated or scratch builds"),
    SIGNING_INTENT_WITH_COMPOSE_IDS(
            "--signing-intent cannot be used with --compose-id",
            "signing_intent used with compose_ids"),
    /** Upstream the builder leaves this to OSBS. */
    CSV_URL_NEEDS_ISOLATED(
            "Only --isolated builds support option --operator-csv-modifications-url",
            null),
    /** Upstream the builder leaves this to OSBS. */
    CSV_URL_NOT_AN_URL(
            "Value provided to --operator-csv-modifications-url does not look like an URL",
            null),
    GIT_BRANCH_REQUIRED(
            "git-branch must be specified",
            "Git branch must be specified"),
    SCRATCH_AND_ISOLATED(
            "Build cannot be both isolated and scratch",
            "Build cannot be both isolated and scratch"),
    /** The CLI cannot send {@code skip_build}; rpkg sends {@code false}, which is still accepted. */
    SKIP_BUILD_REMOVED(
            null,
            "'skip_build' functionality has been removed"),
    /**
     * A source build must name its image build. Upstream the builder's schema enforces this with
     * {@code anyOf}, so its message is jsonschema's, with the options' Python repr in place of
     * {@code %s}.
     */
    SOURCE_BUILD_REQUIRED(
            "at least one of --koji-build-id and --koji-build-nvr has to be specified",
            "%s is not valid under any of the given schemas");

    private final String cliMessage;
    private final String builderMessage;

    OptionsRule(String cliMessage, String builderMessage) {
        this.cliMessage = cliMessage;
        this.builderMessage = builderMessage;
    }

    public boolean appliesTo(Audience audience) {
        return message(audience) != null;
    }

    /** The audience's message, or null if the audience does not check this rule. */
    public String message(Audience audience) {
        return audience == Audience.CLI ? cliMessage : builderMessage;
    }
}
