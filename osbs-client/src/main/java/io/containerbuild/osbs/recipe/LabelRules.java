package io.containerbuild.osbs.recipe;

import io.containerbuild.osbs.OsbsValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * osbs-client's label checks ({@code _check_labels}): {@code name} and {@code com.redhat.component}
 * with explicit values, a {@code version} without dashes, a well-formed {@code release} if there is
 * one, and a {@code name} whose first component cannot be taken for a registry host. The old alias
 * names ({@code Name}, {@code BZComponent}, {@code Version}, {@code Release}) are accepted.
 */
public final class LabelRules {

    public static final String COMPONENT = "com.redhat.component";
    public static final String NAME = "name";
    public static final String VERSION = "version";
    public static final String RELEASE = "release";

    private static final Map<String, String> ALIASES =
            Map.of(COMPONENT, "BZComponent", NAME, "Name", VERSION, "Version", RELEASE, "Release");
    /** osbs-client's release format. */
    public static final Pattern RELEASE_FORMAT = Pattern.compile("^\\d+([._]?[a-zA-Z0-9]+)*$");

    private LabelRules() {
    }

    /**
     * Checks the labels and says what the image is.
     *
     * @throws OsbsValidationException listing every problem found
     */
    public static ImageIdentity check(Map<String, LabelValue> labels) {
        List<String> problems = new ArrayList<>();
        String component = explicit(labels, COMPONENT, problems);
        String name = explicit(labels, NAME, problems);
        Optional<LabelValue> version = find(labels, VERSION);
        if (version.isEmpty()) {
            problems.add("required label missing from Dockerfile : " + VERSION);
        } else if (version.get().resolved().isEmpty()) {
            problems.add("label " + VERSION + " has no value that can be known before the build");
        } else if (version.get().resolved().contains("-")) {
            problems.add("version label '" + version.get().resolved() + "' contains not allowed chars : '-'");
        }
        Optional<String> release = find(labels, RELEASE).map(LabelValue::resolved).filter(value -> !value.isEmpty());
        if (release.isPresent() && !RELEASE_FORMAT.matcher(release.get()).matches()) {
            problems.add("release label '" + release.get() + "' doesn't have proper format (" + RELEASE_FORMAT.pattern() + ")");
        }
        if (name != null && name.split("/", -1)[0].contains(".") && name.contains("/")) {
            problems.add("initial image name component must not contain '.' (it would be taken for a registry): " + name);
        }
        if (name != null && !name.matches("[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*")) {
            problems.add("name label '" + name + "' is not a valid repository name (lower-case letters, digits, "
                    + "'.', '_', '-' and '/')");
        }
        if (!problems.isEmpty()) {
            throw new OsbsValidationException(String.join("; ", problems));
        }
        return new ImageIdentity(component, name, version.get().resolved(), release);
    }

    private static String explicit(Map<String, LabelValue> labels, String label, List<String> problems) {
        Optional<LabelValue> value = find(labels, label);
        if (value.isEmpty()) {
            problems.add("required label missing from Dockerfile : " + label);
            return null;
        }
        if (!value.get().explicit() || value.get().resolved().isEmpty()) {
            problems.add("required label doesn't have explicit value in Dockerfile : " + label);
            return null;
        }
        return value.get().resolved();
    }

    /** The label, or its old alias when the new name is absent. */
    static Optional<LabelValue> find(Map<String, LabelValue> labels, String label) {
        LabelValue value = labels.get(label);
        if (value == null && ALIASES.containsKey(label)) {
            value = labels.get(ALIASES.get(label));
        }
        return Optional.ofNullable(value);
    }
}
