package io.containerbuild.options;

/**
 * A broken {@link OptionsRule}.
 *
 * @param rule the rule
 * @param message the exact upstream message for the audience that checked
 */
public record Violation(OptionsRule rule, String message) {
}
