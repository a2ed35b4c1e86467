package io.containerbuild.osbs.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.osbs.OsbsValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading labels and base images the way the builder does, and rewriting the Dockerfile. */
class DockerfileTest {

    @Test
    void readsTheFinalStagesLabelsInEveryForm() {
        Dockerfile dockerfile = Dockerfile.parse("""
                ARG BASE=registry.example.com/base:1
                FROM golang AS builder
                LABEL stage=one
                FROM $BASE
                # a comment
                ENV VERSION=2.4 \\
                    OTHER="x y"
                label com.redhat.component="my-app" \\
                      name=rhel9/my-app
                LABEL version=$VERSION release="${RELEASE:-7}" "quoted key"='single $quoted'
                LABEL Description the rest is the value
                """);
        Map<String, LabelValue> labels = dockerfile.finalStageLabels();
        assertEquals(List.of("com.redhat.component", "name", "version", "release", "quoted key", "Description"),
                List.copyOf(labels.keySet()));
        assertEquals(new LabelValue("my-app", true), labels.get("com.redhat.component"));
        assertEquals(new LabelValue("rhel9/my-app", true), labels.get("name"));
        assertEquals(new LabelValue("2.4", false), labels.get("version"));
        assertEquals(new LabelValue("7", false), labels.get("release"));
        assertEquals(new LabelValue("single $quoted", true), labels.get("quoted key"));
        assertEquals(new LabelValue("the rest is the value", true), labels.get("Description"));
        assertFalse(labels.containsKey("stage"), "labels of earlier stages do not count");
        assertEquals("registry.example.com/base:1", dockerfile.finalBaseImage());
    }

    @Test
    void fromFlagsAreSkipped() {
        assertEquals("base:2", Dockerfile.parse("FROM --platform=linux/amd64 base:2 AS final\n").finalBaseImage());
        assertEquals("scratch", Dockerfile.parse("FROM scratch\n").finalBaseImage());
    }

    @Test
    void rewritingAddsTheMarkerAfterEveryFromAndTheLabelsAtTheEnd() {
        Dockerfile dockerfile = Dockerfile.parse("FROM a AS one\nRUN true\nFROM \\\n  b\nRUN echo hi\n");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("release", "3");
        labels.put("odd", "say \"hi\" $HOME");
        String text = dockerfile.withLabelAfterEveryFrom("marker", "build-1").withLabelsAppended(labels).text();
        assertEquals("""
                FROM a AS one
                LABEL "marker"="build-1"
                RUN true
                FROM \\
                  b
                LABEL "marker"="build-1"
                RUN echo hi
                LABEL "release"="3" "odd"="say \\"hi\\" \\$HOME"
                """, text);
        Map<String, LabelValue> reread = Dockerfile.parse(text).finalStageLabels();
        assertEquals("say \"hi\" $HOME", reread.get("odd").resolved(), "what is written reads back the same");
        assertEquals("build-1", reread.get("marker").resolved());
    }

    @Test
    void aDockerfileWithoutFromIsRefused() {
        assertThrows(OsbsValidationException.class, () -> Dockerfile.parse("LABEL a=b\n"));
    }

    @Test
    void labelRulesAcceptGoodLabelsAndAliases() {
        ImageIdentity identity = LabelRules.check(Dockerfile.parse(
                "FROM x\nLABEL BZComponent=comp Name=ns/app Version=1.2 Release=4.el9\n").finalStageLabels());
        assertEquals(new ImageIdentity("comp", "ns/app", "1.2", java.util.Optional.of("4.el9")), identity);
    }

    @Test
    void labelRulesListEveryProblem() {
        OsbsValidationException error = assertThrows(OsbsValidationException.class, () -> LabelRules.check(
                Dockerfile.parse("FROM x\nENV N=app\nLABEL name=$N version=1-2 release=x.1\n").finalStageLabels()));
        String message = error.getMessage();
        assertTrue(message.contains("required label missing from Dockerfile : com.redhat.component"), message);
        assertTrue(message.contains("required label doesn't have explicit value in Dockerfile : name"), message);
        assertTrue(message.contains("version label '1-2' contains not allowed chars"), message);
        assertTrue(message.contains("release label 'x.1' doesn't have proper format"), message);
    }

    @Test
    void aRegistryLookingNameIsRefused() {
        OsbsValidationException error = assertThrows(OsbsValidationException.class, () -> LabelRules.check(
                Dockerfile.parse("FROM x\nLABEL com.redhat.component=c name=registry.io/app version=1\n")
                        .finalStageLabels()));
        assertTrue(error.getMessage().contains("initial image name component must not contain '.'"), error.getMessage());
    }

    @Test
    void aMissingVersionIsRefused() {
        OsbsValidationException error = assertThrows(OsbsValidationException.class, () -> LabelRules.check(
                Dockerfile.parse("FROM x\nLABEL com.redhat.component=c name=app\n").finalStageLabels()));
        assertEquals("required label missing from Dockerfile : version", error.getMessage());
    }

    @Test
    void containerYamlGivesTagsLimitsAndPlatforms() {
        ContainerYaml yaml = ContainerYaml.parse("""
                tags: ["{version}-extra", stable]
                buildtime_limit: 600
                platforms:
                  only: [x86_64, aarch64]
                  not: aarch64
                compose:
                  packages: [a]
                """);
        assertEquals(List.of("{version}-extra", "stable"), yaml.tags());
        assertTrue(yaml.tagsGiven());
        assertEquals(java.time.Duration.ofSeconds(600), yaml.buildtimeLimit().orElseThrow());
        assertEquals(List.of("x86_64", "aarch64"), yaml.platformsOnly());
        assertEquals(List.of("aarch64"), yaml.platformsNot());
        assertFalse(yaml.flatpak());
        assertTrue(ContainerYaml.parse("flatpak:\n  id: org.example.App\n").flatpak());
        assertEquals(ContainerYaml.NONE, ContainerYaml.parse(""));
        assertThrows(OsbsValidationException.class, () -> ContainerYaml.parse("buildtime_limit: soon\n"));
        assertThrows(OsbsValidationException.class, () -> ContainerYaml.parse("tags: [\n"));
    }
}
