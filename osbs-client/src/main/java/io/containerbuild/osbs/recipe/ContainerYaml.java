package io.containerbuild.osbs.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.containerbuild.osbs.OsbsValidationException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a repository's {@code container.yaml} this engine acts on: floating {@code tags},
 * {@code buildtime_limit}, {@code platforms.only/not}, and whether a {@code flatpak} section exists.
 * Other keys (composes, remote sources, operator manifests) are not acted on.
 *
 * @param tags the floating tag templates that replace {@code latest} and {@code {version}}; empty
 *     when the file has no {@code tags}
 * @param tagsGiven whether the file has a {@code tags} key at all
 */
public record ContainerYaml(List<String> tags, boolean tagsGiven, Optional<Duration> buildtimeLimit,
                            List<String> platformsOnly, List<String> platformsNot, boolean flatpak) {

    public static final ContainerYaml NONE =
            new ContainerYaml(List.of(), false, Optional.empty(), List.of(), List.of(), false);

    public ContainerYaml {
        tags = List.copyOf(tags);
        Objects.requireNonNull(buildtimeLimit, "buildtimeLimit");
        platformsOnly = List.copyOf(platformsOnly);
        platformsNot = List.copyOf(platformsNot);
    }

    public static ContainerYaml parse(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new OsbsValidationException("container.yaml is not valid YAML: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return NONE;
        }
        if (!root.isObject()) {
            throw new OsbsValidationException("container.yaml must be a mapping");
        }
        Optional<Duration> limit = Optional.empty();
        JsonNode limitNode = root.path("buildtime_limit");
        if (!limitNode.isMissingNode() && !limitNode.isNull()) {
            if (!limitNode.canConvertToInt() || limitNode.asInt() < 0 || !limitNode.isIntegralNumber()) {
                throw new OsbsValidationException("container.yaml: buildtime_limit must be a number of seconds");
            }
            limit = limitNode.asInt() == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(limitNode.asInt()));
        }
        JsonNode platforms = root.path("platforms");
        return new ContainerYaml(strings(root.path("tags"), "tags"), root.has("tags"), limit,
                strings(platforms.path("only"), "platforms.only"), strings(platforms.path("not"), "platforms.not"),
                root.has("flatpak"));
    }

    /** A string or a list of strings. */
    private static List<String> strings(JsonNode node, String key) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isValueNode()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw new OsbsValidationException("container.yaml: " + key + " must be a string or a list of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode()) {
                throw new OsbsValidationException("container.yaml: " + key + " must be a list of strings");
            }
            values.add(item.asText());
        }
        return values;
    }
}
