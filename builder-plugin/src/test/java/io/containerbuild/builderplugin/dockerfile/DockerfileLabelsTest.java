package io.containerbuild.builderplugin.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileLabelsTest {

    @Test
    void onlyTheFinalStageCounts() {
        String dockerfile = """
                FROM builder AS build
                LABEL name="builder-stage" com.redhat.component=builder
                FROM fedora:latest
                LABEL version=25
                """;

        assertEquals(Map.of("version", "25"), DockerfileLabels.finalStage(dockerfile));
    }

    @Test
    void envValuesAreSubstitutedAndUndefinedOnesVanish() {
        String dockerfile = """
                FROM fedora
                ENV NAME=fedora-docker VERSION=25
                LABEL name=$NAME version="${VERSION}" release=$UNDEFINED summary="${NAME}-x"
                """;

        assertEquals(Map.of("name", "fedora-docker", "version", "25", "release", "", "summary", "fedora-docker-x"),
                DockerfileLabels.finalStage(dockerfile));
    }

    @Test
    void argsWithDefaultsAreSubstitutedAndEnvWinsOverArg() {
        String dockerfile = """
                FROM fedora
                ARG RELEASE=3 NAME=from-arg
                ENV NAME=from-env
                LABEL release=$RELEASE name=$NAME
                """;

        assertEquals(Map.of("release", "3", "name", "from-env"), DockerfileLabels.finalStage(dockerfile));
    }

    @Test
    void aGlobalArgIsSeenOnlyWhereAStageDeclaresItAgain() {
        String dockerfile = """
                ARG VERSION=25
                ARG RELEASE=7
                FROM fedora
                ARG VERSION
                LABEL version=$VERSION release=$RELEASE
                """;

        assertEquals(Map.of("version", "25", "release", ""), DockerfileLabels.finalStage(dockerfile));
    }

    @Test
    void quotesAndEscapesFollowDockerRules() {
        String dockerfile = """
                FROM fedora
                ENV V=1
                LABEL a="with space $V" b='literal $V' c=escaped\\ \\$V d="say \\"hi\\""
                """;

        assertEquals(Map.of("a", "with space 1", "b", "literal $V", "c", "escaped $V", "d", "say \"hi\""),
                DockerfileLabels.finalStage(dockerfile));
    }

    @Test
    void theOlderFormTakesTheRestOfTheLineAsValue() {
        String dockerfile = """
                FROM fedora
                ENV WHO world
                LABEL description hello $WHO and more
                """;

        assertEquals(Map.of("description", "hello world and more"), DockerfileLabels.finalStage(dockerfile));
    }

    @Test
    void continuationLinesJoinAndCommentsBetweenThemAreSkipped() {
        String dockerfile = """
                FROM fedora
                LABEL name=fedora-docker \\
                # a comment inside the instruction
                      version=25 \\

                      release=3
                """;

        assertEquals(Map.of("name", "fedora-docker", "version", "25", "release", "3"),
                DockerfileLabels.finalStage(dockerfile));
    }

    @Test
    void defaultAndAlternativeValueModifiers() {
        String dockerfile = """
                FROM fedora
                ENV SET=yes EMPTY=
                LABEL a=${UNSET:-fallback} b=${SET:-fallback} c=${SET:+alt} d=${EMPTY:+alt} e=${EMPTY:-$SET}
                """;

        assertEquals(Map.of("a", "fallback", "b", "yes", "c", "alt", "d", "", "e", "yes"),
                DockerfileLabels.finalStage(dockerfile));
    }

    @Test
    void keywordsAreCaseInsensitiveAndLaterLabelsWin() {
        String dockerfile = "from fedora\r\nlabel version=1\r\nLabel version=2\r\n";

        assertEquals(Map.of("version", "2"), DockerfileLabels.finalStage(dockerfile));
    }

    @Test
    void labelsBeforeTheFirstFromAndEmptyDockerfilesGiveNothing() {
        assertEquals(Map.of(), DockerfileLabels.finalStage("LABEL name=x\n"));
        assertEquals(Map.of(), DockerfileLabels.finalStage(""));
    }

    @Test
    void aLoneDollarAndAnUnclosedBraceStayAsWritten() {
        String dockerfile = """
                FROM fedora
                LABEL price=5$ odd=${broken
                """;

        assertEquals(Map.of("price", "5$", "odd", "${broken"), DockerfileLabels.finalStage(dockerfile));
    }
}
