package io.containerbuild.osbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a finished build produced: pull specs by kind (osbs-client's {@code repositories} result) and,
 * for non-scratch builds, the Koji build it imported ({@code koji-build-id}).
 */
public record BuildResults(List<String> primary, List<String> unique, List<String> floating, OptionalInt kojiBuildId) {

    public BuildResults {
        primary = List.copyOf(primary);
        unique = List.copyOf(unique);
        floating = List.copyOf(floating);
        Objects.requireNonNull(kojiBuildId, "kojiBuildId");
    }

    /** All pull specs, primary, unique, then floating, as the Koji task result lists them. */
    public List<String> repositories() {
        List<String> all = new ArrayList<>(primary);
        all.addAll(unique);
        all.addAll(floating);
        return List.copyOf(all);
    }
}
