package io.containerbuild.hub.store;

import io.containerbuild.build.BuildState;

/**
 * Filters for {@code listBuilds}; a null filter matches everything. Results come by id; limit null
 * means all.
 */
public record BuildQuery(String packageName, BuildState state, Integer ownerId, Integer taskId, Integer limit,
        Integer offset) {

    public static BuildQuery all() {
        return new BuildQuery(null, null, null, null, null, null);
    }

    public BuildQuery withPackage(String name) {
        return new BuildQuery(name, state, ownerId, taskId, limit, offset);
    }

    public BuildQuery withState(BuildState newState) {
        return new BuildQuery(packageName, newState, ownerId, taskId, limit, offset);
    }

    public BuildQuery withOwner(int newOwnerId) {
        return new BuildQuery(packageName, state, newOwnerId, taskId, limit, offset);
    }

    public BuildQuery withTask(int newTaskId) {
        return new BuildQuery(packageName, state, ownerId, newTaskId, limit, offset);
    }

    public BuildQuery page(int newOffset, int newLimit) {
        return new BuildQuery(packageName, state, ownerId, taskId, newLimit, newOffset);
    }
}
