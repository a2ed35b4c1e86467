package io.containerbuild.it.e2e;

import io.containerbuild.it.RealParts;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real Docker engine over its API (curl on the unix socket): what containers a build left. */
final class Engine {
    /** The label osbs-client puts on every container and image of a build, its value the build's name. */
    static final String BUILD_LABEL = "io.containerbuild.osbs.build";

    private Engine() {}

    /**
     * The containers, running or not, of the builds whose names start with {@code buildNamePrefix} (a
     * regular build's name starts with its repository's name and branch): {@code id state build-name} each.
     */
    static List<String> buildContainers(String buildNamePrefix) {
        String filters = URLEncoder.encode("{\"label\":[\"" + BUILD_LABEL + "\"]}", StandardCharsets.UTF_8);
        String json = Commands.run(List.of("curl", "-sf", "--unix-socket", RealParts.dockerSocket().toString(),
                "http://docker/containers/json?all=1&filters=" + filters), Map.of(), 1).stdout().strip();
        List<String> containers = new ArrayList<>();
        for (JsonNode container : Json.read(json)) {
            String build = container.path("Labels").path(BUILD_LABEL).asText();
            if (build.startsWith(buildNamePrefix)) {
                containers.add(container.path("Id").asText().substring(0, 12) + " "
                        + container.path("State").asText() + " " + build);
            }
        }
        return containers;
    }

    /** The engine's JSON list of every container, running or not, with the label {@code key=value}. */
    static String containersLabelled(String key, String value) {
        String filters = URLEncoder.encode("{\"label\":[\"" + key + "=" + value + "\"]}", StandardCharsets.UTF_8);
        return Commands.run(List.of("curl", "-sf", "--unix-socket", RealParts.dockerSocket().toString(),
                "http://docker/containers/json?all=1&filters=" + filters), Map.of(), 1).stdout().strip();
    }
}
