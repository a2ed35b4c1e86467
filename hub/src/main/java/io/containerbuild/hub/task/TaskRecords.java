package io.containerbuild.hub.task;

import io.containerbuild.hub.rpc.KojiTimes;
import io.containerbuild.hub.store.Task;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tasks as Koji's hub answers them. Members go in the order upstream builds the dict: the task
 * columns alphabetically, anything extra ({@code request}) after them.
 */
public final class TaskRecords {
    private TaskRecords() {}

    /** {@code getTaskInfo} and {@code getTaskChildren} without {@code request}. */
    public static Map<String, Object> toWire(Task task) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("arch", task.arch());
        record.put("awaited", task.awaited());
        record.put("channel_id", task.channelId());
        record.put("completion_time", KojiTimes.text(task.completionTime()));
        record.put("completion_ts", KojiTimes.ts(task.completionTime()));
        record.put("create_time", KojiTimes.text(task.createTime()));
        record.put("create_ts", KojiTimes.ts(task.createTime()));
        record.put("host_id", task.hostId());
        record.put("id", task.id());
        record.put("label", task.label());
        record.put("method", task.method());
        record.put("owner", task.owner());
        record.put("parent", task.parent());
        record.put("priority", task.priority());
        record.put("start_time", KojiTimes.text(task.startTime()));
        record.put("start_ts", KojiTimes.ts(task.startTime()));
        record.put("state", task.state().code());
        record.put("waiting", task.waiting());
        record.put("weight", task.weight());
        return record;
    }

    /** The record with {@code request} last: decoded parameters, or the raw XML for {@code host.openTask}. */
    public static Map<String, Object> withRequest(Task task, Object request) {
        Map<String, Object> record = toWire(task);
        record.put("request", request);
        return record;
    }

    /** An entry of {@code host.getTasks}: what kojid needs to decide whether to take the task. */
    public static Map<String, Object> queued(Task task) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", task.id());
        record.put("state", task.state().code());
        record.put("channel_id", task.channelId());
        record.put("host_id", task.hostId());
        record.put("arch", task.arch());
        record.put("method", task.method());
        record.put("priority", task.priority());
        record.put("create_ts", KojiTimes.ts(task.createTime()));
        return record;
    }
}
