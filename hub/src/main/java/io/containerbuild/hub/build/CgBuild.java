package io.containerbuild.hub.build;

import io.containerbuild.build.Nvr;
import java.time.Instant;
import java.util.Set;

/**
 * The {@code build} section of content-generator metadata.
 *
 * @param reservedBuildId {@code build_id}: the build CGInitBuild reserved, or null
 * @param taskId {@code task_id}, else {@code extra.container_koji_task_id}, or null
 * @param owner the owner's user name, or null for the caller
 * @param buildTypes the build's types: the keys of {@code extra.typeinfo} after Koji's legacy
 *     {@code extra.image} (and maven, win) were copied into it
 * @param extraJson {@code extra} as stored, {@code typeinfo} filled in as Koji does
 */
record CgBuild(
        Nvr nvr,
        Integer epoch,
        String source,
        Instant startTime,
        Instant endTime,
        String owner,
        Integer reservedBuildId,
        Integer taskId,
        Set<String> buildTypes,
        String extraJson) {

    CgBuild {
        buildTypes = Set.copyOf(buildTypes);
    }
}
