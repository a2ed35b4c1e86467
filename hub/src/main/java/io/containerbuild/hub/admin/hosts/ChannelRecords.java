package io.containerbuild.hub.admin.hosts;

import io.containerbuild.hub.store.Channel;
import java.util.LinkedHashMap;
import java.util.Map;

/** A channel as Koji's {@code getChannel} and {@code listChannels} answer it. */
final class ChannelRecords {
    private ChannelRecords() {}

    static Map<String, Object> toWire(Channel channel) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", channel.id());
        record.put("name", channel.name());
        record.put("description", channel.description());
        record.put("enabled", channel.enabled());
        record.put("comment", channel.comment());
        return record;
    }
}
