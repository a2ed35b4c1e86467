package io.containerbuild.builderplugin.task;

import io.containerbuild.fault.BuildError;
import io.containerbuild.options.Audience;
import io.containerbuild.options.ContainerBuildOptions;
import io.containerbuild.options.OptionsRule;
import io.containerbuild.options.OptionsValidator;
import io.containerbuild.options.Violation;
import java.util.List;

/**
 * The rules a {@code buildContainer} request's options break, as the builder words them. The
 * handler enforces each rule at the step where upstream checks it, so the first failure a user
 * sees is upstream's.
 */
public final class OptionRules {

    private final List<Violation> violations;

    private OptionRules(List<Violation> violations) {
        this.violations = violations;
    }

    public static OptionRules of(ContainerBuildOptions options) {
        return new OptionRules(new OptionsValidator().validate(options, Audience.BUILDER));
    }

    /** @throws BuildError with the rule's builder message when the options break it */
    public void enforce(OptionsRule rule) {
        for (Violation violation : violations) {
            if (violation.rule() == rule) {
                throw new BuildError(violation.message());
            }
        }
    }
}
