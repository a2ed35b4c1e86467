package io.containerbuild.builderplugin.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.BuildError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Upstream's {@code test_checkLabels} matrix, the aliases, the release option and the tag guard. */
class ImageLabelsTest {

    private static final String ALL_MISSING = "Required LABELs haven't been found in Dockerfile: name (or Name), "
            + "com.redhat.component (or BZComponent), version (or Version).";

    static List<Arguments> checkLabels() {
        String from = "FROM fedora\n";
        return List.of(
                Arguments.of(from, ALL_MISSING, null),
                Arguments.of(from + "LABEL name=fedora com.redhat.component=fedora-docker release=3\n",
                        "Required LABELs haven't been found in Dockerfile: version (or Version).", null),
                Arguments.of(from + "LABEL name=fedora version=25 release=3\n",
                        "Required LABELs haven't been found in Dockerfile: com.redhat.component (or BZComponent).",
                        null),
                Arguments.of(from + "LABEL com.redhat.component=fedora-docker version=25 release=3\n",
                        "Required LABELs haven't been found in Dockerfile: name (or Name).", null),
                Arguments.of(from + "LABEL name=\"$NAME_ENV\" com.redhat.component=fedora-docker version=25\n",
                        "Required LABELs haven't been found in Dockerfile: name (or Name).", null),
                Arguments.of(from + "LABEL name=fedora com.redhat.component=\"$COMPONENT_ENV\" version=25\n",
                        "Required LABELs haven't been found in Dockerfile: com.redhat.component (or BZComponent).",
                        null),
                Arguments.of(from + "LABEL name=fedora com.redhat.component=fedora-docker version=\"$VERSION_ENV\" "
                        + "release=3\n", null, null),
                Arguments.of(from + "LABEL name=fedora com.redhat.component=fedora-docker version=25\n", null, null),
                Arguments.of(from + "LABEL name=fedora com.redhat.component=fedora-docker version=25 "
                        + "release=\"$RELEASE_ENV\"\n", null, null),
                Arguments.of(from + "LABEL name=fedora com.redhat.component=fedora-docker version=25 release=3\n",
                        null, "fedora-docker-25-3"));
    }

    @ParameterizedTest
    @MethodSource
    void checkLabels(String dockerfile, String error, String expectedNvr) {
        Map<String, String> labels = DockerfileLabels.finalStage(dockerfile);
        if (error != null) {
            BuildError refused = assertThrows(BuildError.class, () -> ImageLabels.identify(labels, null, List.of()));
            assertEquals(error, refused.getMessage());
            assertEquals(1005, refused.faultCode());
            return;
        }
        ImageIdentity identity = ImageLabels.identify(labels, null, List.of());
        assertEquals("fedora-docker", identity.component());
        assertEquals(Optional.ofNullable(expectedNvr), identity.expectedNvr());
    }

    @Test
    void aliasesAreAcceptedAndThePreferredNameWins() {
        ImageIdentity aliases = ImageLabels.identify(
                Map.of("Name", "fedora", "BZComponent", "old-component", "Version", "1", "Release", "2"), null,
                List.of());
        assertEquals(new ImageIdentity("old-component", Optional.of("old-component-1-2")), aliases);

        ImageIdentity both = ImageLabels.identify(Map.of("name", "fedora", "com.redhat.component", "new",
                "BZComponent", "old", "version", "1", "Version", "9"), null, List.of());
        assertEquals(new ImageIdentity("new", Optional.empty()), both);
    }

    @Test
    void theReleaseOptionWinsOverTheDockerfile() {
        Map<String, String> withRelease = Map.of("name", "n", "com.redhat.component", "c", "version", "1",
                "release", "10");
        Map<String, String> withoutRelease = Map.of("name", "n", "com.redhat.component", "c", "version", "1");

        assertEquals(Optional.of("c-1-11"), ImageLabels.identify(withRelease, "11", List.of()).expectedNvr());
        assertEquals(Optional.of("c-1-11"), ImageLabels.identify(withoutRelease, "11", List.of()).expectedNvr());
        assertEquals(Optional.of("c-1-10"), ImageLabels.identify(withRelease, null, List.of()).expectedNvr());
        assertEquals(Optional.of("c-1-10"), ImageLabels.identify(withRelease, "", List.of()).expectedNvr());
    }

    @Test
    void anAdditionalTagOf128IsFineAnd129IsNot() {
        Map<String, String> labels = Map.of("name", "n", "com.redhat.component", "c", "version", "25");

        ImageLabels.identify(labels, null, List.of("a".repeat(128), ""));
        BuildError refused = assertThrows(BuildError.class,
                () -> ImageLabels.identify(labels, null, List.of("short", "a".repeat(129))));
        assertEquals("Docker cannot create image with a tag longer than 128, current version-release tag length is 129",
                refused.getMessage());
        assertEquals(1005, refused.faultCode());
    }

    @Test
    void aVersionReleaseTagOf128IsFineAnd129IsNot() {
        Map<String, String> labels = Map.of("name", "n", "com.redhat.component", "c", "version", "25");

        ImageLabels.identify(labels, "r".repeat(125), List.of());
        BuildError refused = assertThrows(BuildError.class, () -> ImageLabels.identify(labels, "r".repeat(126),
                List.of()));
        assertEquals("Docker cannot create image with a tag longer than 128, current version-release tag length is 129",
                refused.getMessage());
    }

    @Test
    void missingLabelsAreReportedBeforeLongTags() {
        BuildError refused = assertThrows(BuildError.class,
                () -> ImageLabels.identify(Map.of(), null, List.of("a".repeat(200))));
        assertEquals(ALL_MISSING, refused.getMessage());
    }
}
