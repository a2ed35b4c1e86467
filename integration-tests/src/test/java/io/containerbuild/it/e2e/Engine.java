package io.containerbuild.it.e2e;

import io.containerbuild.it.RealParts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The real Docker engine over its API (curl on the unix socket): what containers a build left. */
final class Engine {
    private Engine() {}

    /** The engine's JSON list of every container, running or not, with the label {@code key=value}. */
    static String containersLabelled(String key, String value) {
        String filters = URLEncoder.encode("{\"label\":[\"" + key + "=" + value + "\"]}", StandardCharsets.UTF_8);
        return Commands.run(List.of("curl", "-sf", "--unix-socket", RealParts.dockerSocket().toString(),
                "http://docker/containers/json?all=1&filters=" + filters), Map.of(), 1).stdout().strip();
    }
}
