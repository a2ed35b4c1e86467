package io.containerbuild.osbs.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The labels a build writes into the Dockerfile (atomic-reactor's add_labels_in_dockerfile and bump_release). */
public final class BuildLabels {

    /**
     * Set right after every {@code FROM} to the build's name: the engine copies it onto every
     * container and image of the build, which is how cancel and clean-up find them.
     */
    public static final String BUILD_NAME = "io.containerbuild.osbs.build";

    private BuildLabels() {
    }

    /** {@code release}, {@code build-date}, {@code architecture} and the {@code vcs-*} labels. */
    public static Map<String, String> finalLabels(String release, String platform, Instant buildDate, String gitUri,
                                                  String commit) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("release", release);
        labels.put("build-date", DateTimeFormatter.ISO_INSTANT.format(buildDate.truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC).toInstant()));
        labels.put("architecture", platform);
        labels.put("vcs-type", "git");
        labels.put("vcs-url", gitUri);
        labels.put("vcs-ref", commit);
        return labels;
    }
}
