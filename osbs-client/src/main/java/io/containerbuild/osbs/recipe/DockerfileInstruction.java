package io.containerbuild.osbs.recipe;

import java.util.Objects;

/**
 * One instruction of a Dockerfile, continuation lines joined.
 *
 * @param keyword upper-cased, e.g. {@code LABEL}
 * @param arguments everything after the keyword, continuation backslashes removed
 * @param lastLine the index of the physical line it ends on, counted from 0
 */
public record DockerfileInstruction(String keyword, String arguments, int lastLine) {

    public DockerfileInstruction {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(arguments, "arguments");
    }
}
