package io.containerbuild.hub.admin.tags;

import io.containerbuild.hub.store.BuildTarget;
import java.util.LinkedHashMap;
import java.util.Map;

/** A build target as Koji's {@code getBuildTarget} and {@code getBuildTargets} answer it. */
final class TargetRecords {
    private TargetRecords() {}

    static Map<String, Object> toWire(BuildTarget target) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", target.id());
        record.put("name", target.name());
        record.put("build_tag", target.buildTag());
        record.put("build_tag_name", target.buildTagName());
        record.put("dest_tag", target.destTag());
        record.put("dest_tag_name", target.destTagName());
        return record;
    }
}
