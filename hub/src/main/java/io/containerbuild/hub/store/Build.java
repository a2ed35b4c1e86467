package io.containerbuild.hub.store;

import io.containerbuild.build.BuildState;

import java.time.Instant;

/**
 * A build ({@code getBuild} fields). Nullable: {@code epoch}, {@code taskId}, {@code source},
 * {@code extra} (JSON text), {@code cgId}/{@code cgName}, {@code startTime}, {@code completionTime}
 * (null exactly while BUILDING). {@code createTime} is the time of {@code createEventId}.
 */
public record Build(
        int id,
        int packageId,
        String name,
        String version,
        String release,
        Integer epoch,
        BuildState state,
        Integer taskId,
        int ownerId,
        String ownerName,
        String source,
        String extra,
        Integer cgId,
        String cgName,
        int createEventId,
        Instant createTime,
        Instant startTime,
        Instant completionTime) {

    /** {@code name-version-release}. */
    public String nvr() {
        return name + "-" + version + "-" + release;
    }
}
