package io.containerbuild.hub.store;

import io.containerbuild.build.BuildState;

import java.time.Instant;
import java.util.Objects;

/**
 * A build to create: by {@code CGInitBuild} (BUILDING, a reservation), by a builder's
 * {@code initBuild}, or by {@code CGImport} directly as COMPLETE. Nullable: {@code epoch},
 * {@code taskId}, {@code source}, {@code extra} (JSON text), {@code cgId}, {@code startTime}.
 */
public record NewBuild(
        String name,
        String version,
        String release,
        Integer epoch,
        BuildState state,
        Integer taskId,
        int ownerId,
        String source,
        String extra,
        Integer cgId,
        Instant startTime) {

    public NewBuild {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(state, "state");
    }

    /** A BUILDING build with nothing optional set. */
    public static NewBuild building(String name, String version, String release, int ownerId) {
        return new NewBuild(name, version, release, null, BuildState.BUILDING, null, ownerId, null, null, null, null);
    }

    public NewBuild withState(BuildState newState) {
        return new NewBuild(name, version, release, epoch, newState, taskId, ownerId, source, extra, cgId, startTime);
    }

    public NewBuild withTask(Integer newTaskId) {
        return new NewBuild(name, version, release, epoch, state, newTaskId, ownerId, source, extra, cgId, startTime);
    }

    public NewBuild withSource(String newSource) {
        return new NewBuild(name, version, release, epoch, state, taskId, ownerId, newSource, extra, cgId, startTime);
    }

    public NewBuild withExtra(String newExtra) {
        return new NewBuild(name, version, release, epoch, state, taskId, ownerId, source, newExtra, cgId, startTime);
    }

    public NewBuild withContentGenerator(Integer newCgId) {
        return new NewBuild(name, version, release, epoch, state, taskId, ownerId, source, extra, newCgId, startTime);
    }

    public NewBuild withStartTime(Instant newStartTime) {
        return new NewBuild(name, version, release, epoch, state, taskId, ownerId, source, extra, cgId, newStartTime);
    }

    public String nvr() {
        return name + "-" + version + "-" + release;
    }
}
