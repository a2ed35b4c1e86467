package io.containerbuild.osbs.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One engine build.
 *
 * @param contextDir the build context
 * @param dockerfile the Dockerfile's name in the context
 * @param localTag the tag the image gets on the engine, e.g. {@code 127.0.0.1:5000/app:none-12345-…}
 * @param pull whether to pull the base image even when the engine has it (osbs's {@code --pull-always})
 */
public record ImageBuildSpec(Path contextDir, String dockerfile, String localTag, boolean pull) {

    public ImageBuildSpec {
        Objects.requireNonNull(contextDir, "contextDir");
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(localTag, "localTag");
    }

    /** A build of the context's {@code Dockerfile}. */
    public ImageBuildSpec(Path contextDir, String localTag, boolean pull) {
        this(contextDir, "Dockerfile", localTag, pull);
    }
}
