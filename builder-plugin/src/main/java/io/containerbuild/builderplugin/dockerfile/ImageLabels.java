package io.containerbuild.builderplugin.dockerfile;

import io.containerbuild.fault.BuildError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Upstream's label checks on the final stage's labels: the required ones, and the length of the
 * tags the build will push.
 */
public final class ImageLabels {

    /** Docker refuses longer tags. */
    static final int MAX_TAG_LENGTH = 128;

    private ImageLabels() {
    }

    /**
     * @param labels the final stage's labels
     * @param releaseOverride the {@code release} option, which wins over the Dockerfile's release
     *     label when it is not empty; null when not given
     * @param additionalTags the tags listed in {@code additional-tags}
     * @throws BuildError {@code Required LABELs haven't been found in Dockerfile: <list>.} when name or
     *     component is missing or empty or version is missing; then {@code Docker cannot create image
     *     with a tag longer than 128, current version-release tag length is <n>}, whichever tag is the
     *     longest
     */
    public static ImageIdentity identify(Map<String, String> labels, String releaseOverride,
            List<String> additionalTags) {
        Map<LabelId, String> values = new EnumMap<>(LabelId.class);
        for (LabelId id : LabelId.values()) {
            value(id, labels, releaseOverride).ifPresent(value -> values.put(id, value));
        }
        List<String> missing = new ArrayList<>();
        // name and component must be spelled out; version may come from a variable that is empty here
        for (LabelId id : List.of(LabelId.NAME, LabelId.COMPONENT)) {
            if (values.getOrDefault(id, "").isEmpty()) {
                missing.add(id.display());
            }
        }
        if (!values.containsKey(LabelId.VERSION)) {
            missing.add(LabelId.VERSION.display());
        }
        if (!missing.isEmpty()) {
            throw new BuildError("Required LABELs haven't been found in Dockerfile: " + String.join(", ", missing) + ".");
        }

        String component = values.get(LabelId.COMPONENT);
        String version = values.get(LabelId.VERSION);
        String release = values.getOrDefault(LabelId.RELEASE, "");
        List<String> tags = new ArrayList<>(additionalTags);
        boolean fullyKnown = !version.isEmpty() && !release.isEmpty();
        if (fullyKnown) {
            tags.add(version + "-" + release);
        }
        int longest = tags.stream().mapToInt(String::length).max().orElse(0);
        if (longest > MAX_TAG_LENGTH) {
            // upstream's wording, even when the long tag came from additional-tags
            throw new BuildError("Docker cannot create image with a tag longer than " + MAX_TAG_LENGTH
                    + ", current version-release tag length is " + longest);
        }
        return new ImageIdentity(component,
                fullyKnown ? Optional.of(component + "-" + version + "-" + release) : Optional.empty());
    }

    /** The first accepted name with a value: the release option for {@code release}, else the Dockerfile's label. */
    private static Optional<String> value(LabelId id, Map<String, String> labels, String releaseOverride) {
        for (String name : id.names()) {
            if (name.equals(LabelId.RELEASE.names().get(0)) && releaseOverride != null && !releaseOverride.isEmpty()) {
                return Optional.of(releaseOverride);
            }
            if (labels.containsKey(name)) {
                return Optional.of(labels.get(name));
            }
        }
        return Optional.empty();
    }
}
