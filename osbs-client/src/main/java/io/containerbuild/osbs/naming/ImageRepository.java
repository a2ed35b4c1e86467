package io.containerbuild.osbs.naming;

import java.util.Objects;

/**
 * A repository in the registry: {@code registry/name}, where name is the Dockerfile's {@code name}
 * label. Makes the pull specs that results and Koji metadata carry.
 */
public record ImageRepository(String registry, String name) {

    public ImageRepository {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(name, "name");
    }

    /** {@code registry/name}, as the engine's tag and push commands take it. */
    public String qualified() {
        return registry + "/" + name;
    }

    public String withTag(String tag) {
        return qualified() + ":" + tag;
    }

    public String withDigest(String digest) {
        return qualified() + "@" + digest;
    }
}
