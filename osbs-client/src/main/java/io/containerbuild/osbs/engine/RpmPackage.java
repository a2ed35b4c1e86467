package io.containerbuild.osbs.engine;

import java.util.Objects;
import java.util.Optional;

/** One installed RPM, as {@code rpm -qa} lists it, for a Koji output's {@code components}. */
public record RpmPackage(String name, String version, String release, String arch, Optional<Integer> epoch,
                         String sigmd5, Optional<String> signature) {

    public RpmPackage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(arch, "arch");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(sigmd5, "sigmd5");
        Objects.requireNonNull(signature, "signature");
    }
}
