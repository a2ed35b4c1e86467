package io.containerbuild.options;

import io.containerbuild.wire.PythonText;
import static io.containerbuild.options.OptionsRule.ARCH_OVERRIDE_NEEDS_SCRATCH_OR_ISOLATED;
import static io.containerbuild.options.OptionsRule.CSV_URL_NEEDS_ISOLATED;
import static io.containerbuild.options.OptionsRule.CSV_URL_NOT_AN_URL;
import static io.containerbuild.options.OptionsRule.GIT_BRANCH_REQUIRED;
import static io.containerbuild.options.OptionsRule.SCRATCH_AND_ISOLATED;
import static io.containerbuild.options.OptionsRule.SIGNING_INTENT_WITH_COMPOSE_IDS;
import static io.containerbuild.options.OptionsRule.SKIP_BUILD_REMOVED;
import static io.containerbuild.options.OptionsRule.SOURCE_BUILD_REQUIRED;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks how build options combine and returns every broken rule, in the order the audience
 * checks them upstream: the first violation is the one the Python CLI or builder would report.
 *
 * <p>Upstream orders: the CLI checks arch override, signing intent with compose ids, the CSV URL
 * needing {@code --isolated}, the CSV URL's form, the git branch, then scratch with isolated. The
 * builder checks the git branch and scratch with isolated first, the arch override when it
 * computes the platforms, then {@code skip_build} and signing intent with compose ids when it
 * creates the build. Conditions use Python truthiness, as upstream does: an empty string or list
 * counts as not given.
 */
public final class OptionsValidator {

    private static final List<OptionsRule> CLI_ORDER = List.of(ARCH_OVERRIDE_NEEDS_SCRATCH_OR_ISOLATED,
            SIGNING_INTENT_WITH_COMPOSE_IDS, CSV_URL_NEEDS_ISOLATED, CSV_URL_NOT_AN_URL, GIT_BRANCH_REQUIRED,
            SCRATCH_AND_ISOLATED);
    private static final List<OptionsRule> BUILDER_ORDER = List.of(GIT_BRANCH_REQUIRED, SCRATCH_AND_ISOLATED,
            ARCH_OVERRIDE_NEEDS_SCRATCH_OR_ISOLATED, SKIP_BUILD_REMOVED, SIGNING_INTENT_WITH_COMPOSE_IDS);

    private final OptionsCodec codec = new OptionsCodec();

    /** Every rule a {@code buildContainer} request breaks, for the given audience. */
    public List<Violation> validate(ContainerBuildOptions options, Audience audience) {
        List<Violation> violations = new ArrayList<>();
        for (OptionsRule rule : audience == Audience.CLI ? CLI_ORDER : BUILDER_ORDER) {
            if (breaks(options, rule)) {
                violations.add(new Violation(rule, rule.message(audience)));
            }
        }
        return List.copyOf(violations);
    }

    /**
     * Every rule a {@code buildSourceContainer} request breaks. The CLI tests the build id and NVR
     * for truth (an id of 0 counts as missing); the builder's schema only asks that one be present.
     */
    public List<Violation> validate(SourceContainerBuildOptions options, Audience audience) {
        boolean namesBuild = audience == Audience.CLI
                ? isTruthy(options.kojiBuildId()) || isTruthy(options.kojiBuildNvr())
                : options.kojiBuildId() != null || options.kojiBuildNvr() != null;
        if (namesBuild) {
            return List.of();
        }
        String message = SOURCE_BUILD_REQUIRED.message(audience);
        if (audience == Audience.BUILDER) {
            message = String.format(message, PythonText.repr(codec.encode(options)));
        }
        return List.of(new Violation(SOURCE_BUILD_REQUIRED, message));
    }

    private static boolean breaks(ContainerBuildOptions options, OptionsRule rule) {
        return switch (rule) {
            case ARCH_OVERRIDE_NEEDS_SCRATCH_OR_ISOLATED ->
                    isTruthy(options.archOverride()) && !(options.isScratch() || options.isIsolated());
            case SIGNING_INTENT_WITH_COMPOSE_IDS ->
                    isTruthy(options.signingIntent()) && isTruthy(options.composeIds());
            case CSV_URL_NEEDS_ISOLATED ->
                    isTruthy(options.operatorCsvModificationsUrl()) && !options.isIsolated();
            case CSV_URL_NOT_AN_URL ->
                    isTruthy(options.operatorCsvModificationsUrl()) && !options.operatorCsvModificationsUrl().contains("://");
            case GIT_BRANCH_REQUIRED -> !isTruthy(options.gitBranch());
            case SCRATCH_AND_ISOLATED -> options.isScratch() && options.isIsolated();
            case SKIP_BUILD_REMOVED -> Boolean.TRUE.equals(options.skipBuild());
            case SOURCE_BUILD_REQUIRED -> throw new IllegalArgumentException(rule + " is not a binary build rule");
        };
    }

    private static boolean isTruthy(String value) {
        return value != null && !value.isEmpty();
    }

    private static boolean isTruthy(List<?> value) {
        return value != null && !value.isEmpty();
    }

    private static boolean isTruthy(Integer value) {
        return value != null && value != 0;
    }
}
