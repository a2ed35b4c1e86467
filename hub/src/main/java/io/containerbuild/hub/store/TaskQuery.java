package io.containerbuild.hub.store;

import io.containerbuild.task.TaskState;

import java.util.List;

/**
 * {@code listTasks} filters (null or empty matches everything) and query options. {@code order}
 * is a Koji order term such as {@code priority} or {@code -id}; {@code topLevelOnly} is Koji's
 * {@code parent: None} (parent IS NULL).
 */
public record TaskQuery(
        List<TaskState> states,
        String method,
        Integer owner,
        Integer parent,
        boolean topLevelOnly,
        Integer hostId,
        Integer channelId,
        String order,
        Integer offset,
        Integer limit) {

    public TaskQuery {
        states = states == null ? List.of() : List.copyOf(states);
    }

    public static TaskQuery all() {
        return new TaskQuery(List.of(), null, null, null, false, null, null, null, null, null);
    }

    public TaskQuery withStates(TaskState... newStates) {
        return new TaskQuery(List.of(newStates), method, owner, parent, topLevelOnly, hostId, channelId, order, offset,
                limit);
    }

    public TaskQuery withMethod(String newMethod) {
        return new TaskQuery(states, newMethod, owner, parent, topLevelOnly, hostId, channelId, order, offset, limit);
    }

    public TaskQuery withOwner(int newOwner) {
        return new TaskQuery(states, method, newOwner, parent, topLevelOnly, hostId, channelId, order, offset, limit);
    }

    public TaskQuery withParent(int newParent) {
        return new TaskQuery(states, method, owner, newParent, false, hostId, channelId, order, offset, limit);
    }

    public TaskQuery topLevel() {
        return new TaskQuery(states, method, owner, null, true, hostId, channelId, order, offset, limit);
    }

    public TaskQuery withHost(int newHostId) {
        return new TaskQuery(states, method, owner, parent, topLevelOnly, newHostId, channelId, order, offset, limit);
    }

    public TaskQuery withChannel(int newChannelId) {
        return new TaskQuery(states, method, owner, parent, topLevelOnly, hostId, newChannelId, order, offset, limit);
    }

    public TaskQuery orderBy(String newOrder) {
        return new TaskQuery(states, method, owner, parent, topLevelOnly, hostId, channelId, newOrder, offset, limit);
    }

    public TaskQuery page(int newOffset, int newLimit) {
        return new TaskQuery(states, method, owner, parent, topLevelOnly, hostId, channelId, order, newOffset, newLimit);
    }
}
