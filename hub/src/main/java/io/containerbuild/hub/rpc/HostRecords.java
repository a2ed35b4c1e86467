package io.containerbuild.hub.rpc;

import io.containerbuild.hub.store.Host;
import java.util.LinkedHashMap;
import java.util.Map;

/** A host as Koji's {@code getHost} and {@code host.getHost} answer it. */
public final class HostRecords {
    private HostRecords() {}

    public static Map<String, Object> toWire(Host host) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("arches", host.arches());
        record.put("capacity", host.capacity());
        record.put("comment", host.comment());
        record.put("description", host.description());
        record.put("enabled", host.enabled());
        record.put("id", host.id());
        record.put("name", host.name());
        record.put("ready", host.ready());
        record.put("task_load", host.taskLoad());
        record.put("update_time", KojiTimes.text(host.updateTime()));
        record.put("update_ts", KojiTimes.ts(host.updateTime()));
        record.put("user_id", host.userId());
        return record;
    }
}
