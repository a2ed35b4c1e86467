package io.containerbuild.options;

import java.util.Objects;

/**
 * The parameters of a {@code buildContainer} call and task: {@code [src, target, opts]}.
 *
 * @param src the SCM URL as given; it is parsed (and may be rejected) only when it is used
 * @param target the build target's name
 * @param options the decoded {@code opts}
 */
public record ContainerBuildRequest(String src, String target, ContainerBuildOptions options) {

    public ContainerBuildRequest {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
    }
}
