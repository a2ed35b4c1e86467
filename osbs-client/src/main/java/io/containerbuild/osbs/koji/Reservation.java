package io.containerbuild.osbs.koji;

import io.containerbuild.build.Nvr;
import java.util.Objects;

/** A build reserved with {@code CGInitBuild}: its NVR, id and the token that imports or refunds it. */
public record Reservation(Nvr nvr, int buildId, String token) {

    public Reservation {
        Objects.requireNonNull(nvr, "nvr");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "Reservation[" + nvr + ", buildId=" + buildId + "]";
    }
}
