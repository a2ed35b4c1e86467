package io.containerbuild.osbs.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One engine build.
 *
 * @param contextDir the build context, holding the final {@code Dockerfile}
 * @param localTag the tag the image gets on the engine, e.g. {@code 127.0.0.1:5000/app:none-12345-…}
 * @param pull whether to pull the base image even when the engine has it (osbs's {@code --pull-always})
 */
public record ImageBuildSpec(Path contextDir, String localTag, boolean pull) {

    public ImageBuildSpec {
        Objects.requireNonNull(contextDir, "contextDir");
        Objects.requireNonNull(localTag, "localTag");
    }
}
