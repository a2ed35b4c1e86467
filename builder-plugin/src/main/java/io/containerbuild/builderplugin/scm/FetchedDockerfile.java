package io.containerbuild.builderplugin.scm;

import java.nio.file.Path;
import java.util.List;

/**
 * What the label checkout read from the repository.
 *
 * @param path the Dockerfile in the task's work directory, for messages
 * @param content the Dockerfile's text
 * @param additionalTags the lines of {@code additional-tags} next to it that can be tags (lines
 *     with a {@code -} are left out, the others trimmed); empty when there is no such file
 */
public record FetchedDockerfile(Path path, String content, List<String> additionalTags) {

    public FetchedDockerfile {
        additionalTags = List.copyOf(additionalTags);
    }
}
