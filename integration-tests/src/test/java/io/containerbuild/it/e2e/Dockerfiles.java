package io.containerbuild.it.e2e;

import java.util.UUID;

/** Dockerfiles of the test repositories: the test base image, the labels a container build needs, steps. */
final class Dockerfiles {
    private Dockerfiles() {}

    /** A registry repository no other test run uses: {@code e2e/<prefix>-<random>}. */
    static String uniqueImageName(String prefix) {
        return "e2e/" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code FROM} the base, the three required labels, then {@code lines}. */
    static String of(String component, String imageName, String version, String... lines) {
        return "FROM " + BaseImage.pullSpec() + "\n"
                + "LABEL com.redhat.component=\"" + component + "\" name=\"" + imageName + "\" version=\"" + version
                + "\"\n" + String.join("\n", lines) + "\n";
    }

    /** A small image with one RUN step, as most Dockerfiles have. */
    static String hello(String component, String imageName) {
        return of(component, imageName, "1.0", "RUN echo hello > /hello.txt", "CMD [\"cat\", \"/hello.txt\"]");
    }
}
