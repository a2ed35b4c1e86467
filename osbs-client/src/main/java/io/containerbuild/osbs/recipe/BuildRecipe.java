package io.containerbuild.osbs.recipe;

import io.containerbuild.osbs.OsbsValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a checked-out repository says about its image: the Dockerfile, what its labels make of it,
 * {@code container.yaml}, and the deprecated {@code additional-tags} file.
 *
 * @param additionalTags the entries of {@code additional-tags}, as written
 */
public record BuildRecipe(Dockerfile dockerfile, ImageIdentity identity, ContainerYaml containerYaml,
                          List<String> additionalTags) {

    static final List<String> MISSPELLED = List.of("container.yml", "content-sets.yaml", "content_sets.yaml",
            "Container.yaml");

    public BuildRecipe {
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(containerYaml, "containerYaml");
        additionalTags = List.copyOf(additionalTags);
    }

    /**
     * Reads the files and checks the labels.
     *
     * @throws OsbsValidationException when the Dockerfile is missing or its labels fail the checks,
     *     or {@code container.yaml} is misspelled or malformed
     */
    public static BuildRecipe read(Path checkout) {
        Path dockerfilePath = checkout.resolve("Dockerfile");
        if (!Files.isRegularFile(dockerfilePath)) {
            throw new OsbsValidationException("the repository has no Dockerfile at its top level");
        }
        for (String misspelled : MISSPELLED) {
            if (Files.exists(checkout.resolve(misspelled))) {
                throw new OsbsValidationException("the repository has '" + misspelled
                        + "'; the file must be named container.yaml" + (misspelled.startsWith("content") ? " / content_sets.yml" : ""));
            }
        }
        Dockerfile dockerfile = Dockerfile.parse(text(dockerfilePath));
        ImageIdentity identity = LabelRules.check(dockerfile.finalStageLabels());
        Path yaml = checkout.resolve("container.yaml");
        ContainerYaml containerYaml = Files.isRegularFile(yaml) ? ContainerYaml.parse(text(yaml)) : ContainerYaml.NONE;
        Path tagsFile = checkout.resolve("additional-tags");
        List<String> additional = Files.isRegularFile(tagsFile)
                ? Arrays.stream(text(tagsFile).split("\\s+")).filter(tag -> !tag.isEmpty()).toList()
                : List.of();
        return new BuildRecipe(dockerfile, identity, containerYaml, additional);
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
    }
}
