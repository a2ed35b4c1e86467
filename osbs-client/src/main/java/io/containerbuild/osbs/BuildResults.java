package io.containerbuild.osbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a finished build produced: pull specs by kind (osbs-client's {@code repositories} result) and,
 * for non-scratch builds, the Koji build it imported ({@code koji-build-id}).
 *
 * @param digests the manifest digest the registry gave each pushed pull spec (atomic-reactor's
 *     {@code digests} annotation); empty when unknown
 */
public record BuildResults(List<String> primary, List<String> unique, List<String> floating, OptionalInt kojiBuildId,
                           Map<String, String> digests) {

    public BuildResults {
        primary = List.copyOf(primary);
        unique = List.copyOf(unique);
        floating = List.copyOf(floating);
        Objects.requireNonNull(kojiBuildId, "kojiBuildId");
        digests = digests == null ? Map.of() : Map.copyOf(digests);
    }

    /** Results without digests. */
    public BuildResults(List<String> primary, List<String> unique, List<String> floating, OptionalInt kojiBuildId) {
        this(primary, unique, floating, kojiBuildId, Map.of());
    }

    /** All pull specs, primary, unique, then floating, as the Koji task result lists them. */
    public List<String> repositories() {
        List<String> all = new ArrayList<>(primary);
        all.addAll(unique);
        all.addAll(floating);
        return List.copyOf(all);
    }
}
