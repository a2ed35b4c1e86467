package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import io.containerbuild.build.Nvr;
import io.containerbuild.hub.store.Build;
import io.containerbuild.hub.store.BuildStore;
import java.util.Map;
import java.util.Optional;

/**
 * Koji's {@code get_build} argument: a build id, an NVR string, or a map with {@code name},
 * {@code version} and {@code release}. Refusals and "No such build" read as Koji's.
 */
final class BuildLookup {
    private final BuildStore builds;

    BuildLookup(BuildStore builds) {
        this.builds = builds;
    }

    Optional<Build> find(Object buildInfo) {
        if (buildInfo instanceof Integer || buildInfo instanceof Long) {
            long id = ((Number) buildInfo).longValue();
            return id == (int) id ? builds.get((int) id) : Optional.empty();
        }
        if (buildInfo instanceof String nvr) {
            Nvr parsed = Nvr.parse(nvr);
            return builds.getByNvr(parsed.name(), parsed.version(), parsed.release());
        }
        if (buildInfo instanceof Map<?, ?> map) {
            if (!map.containsKey("name") || !map.containsKey("version") || !map.containsKey("release")) {
                throw KojiErrors.generic("did not provide name, version, and release");
            }
            if (map.get("name") instanceof String name && map.get("version") instanceof String version
                    && map.get("release") instanceof String release) {
                return builds.getByNvr(name, version, release);
            }
            return Optional.empty();
        }
        throw KojiErrors.generic("Invalid type for argument: " + PythonText.typeOf(buildInfo));
    }

    /** The build, or Koji's {@code No such build: ...} (the id as is, an NVR or map as Python's repr). */
    Build require(Object buildInfo) {
        return find(buildInfo).orElseThrow(() -> KojiErrors.generic("No such build: "
                + (buildInfo instanceof Number ? buildInfo.toString() : PythonText.repr(buildInfo))));
    }
}
