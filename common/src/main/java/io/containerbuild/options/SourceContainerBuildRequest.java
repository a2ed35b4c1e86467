package io.containerbuild.options;

import java.util.Objects;

/**
 * The parameters of a {@code buildSourceContainer} call and task: {@code [target, opts]}.
 *
 * @param target the build target's name
 * @param options the decoded {@code opts}
 */
public record SourceContainerBuildRequest(String target, SourceContainerBuildOptions options) {

    public SourceContainerBuildRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
    }
}
