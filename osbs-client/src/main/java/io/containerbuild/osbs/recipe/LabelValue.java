package io.containerbuild.osbs.recipe;

import java.util.Objects;

/**
 * A label as the final stage of a Dockerfile sets it.
 *
 * @param resolved the value with {@code $VAR} references replaced by the ENV and ARG defaults known
 *     at that point; unknown variables become empty, as the engine would make them
 * @param explicit whether the value is a literal, without variable references
 */
public record LabelValue(String resolved, boolean explicit) {

    public LabelValue {
        Objects.requireNonNull(resolved, "resolved");
    }
}
