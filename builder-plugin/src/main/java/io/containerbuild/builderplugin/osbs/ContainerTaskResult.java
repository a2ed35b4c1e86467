package io.containerbuild.builderplugin.osbs;

import io.containerbuild.osbs.BuildResults;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a container task returns: the pull specs the build pushed, the Koji build it imported (as a
 * string, for upstream compatibility; none for scratch builds) and the user warnings.
 */
public record ContainerTaskResult(List<String> repositories, List<String> kojiBuilds, List<String> userWarnings) {

    public ContainerTaskResult {
        repositories = List.copyOf(repositories);
        kojiBuilds = List.copyOf(kojiBuilds);
        userWarnings = List.copyOf(userWarnings);
    }

    /**
     * @param results a succeeded build's results
     * @param scratch a scratch build never reports a Koji build, even if the client names one
     */
    public static ContainerTaskResult of(BuildResults results, boolean scratch, Collection<String> userWarnings) {
        List<String> kojiBuilds = scratch || results.kojiBuildId().isEmpty()
                ? List.of()
                : List.of(Integer.toString(results.kojiBuildId().getAsInt()));
        return new ContainerTaskResult(results.repositories(), kojiBuilds, List.copyOf(userWarnings));
    }

    /** The task result: exactly {@code repositories} and {@code koji_builds}, plus {@code user_warnings} when there are some. */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("repositories", repositories);
        wire.put("koji_builds", kojiBuilds);
        if (!userWarnings.isEmpty()) {
            wire.put("user_warnings", userWarnings);
        }
        return wire;
    }
}
