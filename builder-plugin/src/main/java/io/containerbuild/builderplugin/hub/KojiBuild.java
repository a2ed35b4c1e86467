package io.containerbuild.builderplugin.hub;

import io.containerbuild.build.BuildState;
import java.util.Map;

/**
 * The parts of a Koji build record ({@code getBuild}) the handlers look at.
 *
 * @param id the build's id ({@code build_id})
 * @param name the package name
 * @param nvr name-version-release
 * @param state the build's state
 * @param extra the build's {@code extra} map; empty when the hub has none
 */
public record KojiBuild(int id, String name, String nvr, BuildState state, Map<String, Object> extra) {

    public KojiBuild {
        extra = Map.copyOf(extra);
    }
}
