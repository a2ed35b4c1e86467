package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.osbs.config.OsbsInstance;
import io.containerbuild.osbs.naming.BuildKind;
import io.containerbuild.osbs.recipe.BuildRecipe;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A binary build, checked and ready to run.
 *
 * @param checkout the clone at the commit, without {@code .git}: the build context
 * @param platforms the platforms to build, each on an engine of its own
 * @param explicitRelease the release from the request or the Dockerfile, when there is one
 * @param deadline when the build-time limit runs out
 */
public record BinaryBuildPlan(String name, BinaryBuildRequest request, BuildKind kind, OsbsInstance instance,
                              Path checkout, String commit, BuildRecipe recipe, List<String> platforms,
                              Optional<String> explicitRelease, String uniqueTag, Instant deadline) {

    public BinaryBuildPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(checkout, "checkout");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(recipe, "recipe");
        platforms = List.copyOf(platforms);
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("a build needs a platform");
        }
        Objects.requireNonNull(explicitRelease, "explicitRelease");
        Objects.requireNonNull(uniqueTag, "uniqueTag");
        Objects.requireNonNull(deadline, "deadline");
    }
}
