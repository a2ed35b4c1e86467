package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.SourceBuildRequest;
import io.containerbuild.osbs.config.OsbsInstance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A source-container build, ready to run.
 *
 * @param workDir an empty directory for the build context
 * @param platform the platform of the engine that packs the sources (source images hold no binaries)
 */
public record SourceBuildPlan(String name, SourceBuildRequest request, OsbsInstance instance, Path workDir,
                              String platform, String uniqueTag, Instant deadline) {

    public SourceBuildPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(uniqueTag, "uniqueTag");
        Objects.requireNonNull(deadline, "deadline");
    }
}
