package io.containerbuild.hub.build;

import io.containerbuild.hub.rpc.JsonText;
import io.containerbuild.hub.rpc.KojiTimes;
import io.containerbuild.hub.store.Build;
import io.containerbuild.hub.store.TaggedBuild;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds as Koji's calls answer them. {@code getBuild} (and {@code CGImport}) give the full record;
 * {@code listBuilds} gives the same without {@code id} and the CG and promotion fields, as Koji's
 * query does; {@code listTagged} gives the tag's view. The hub has one storage volume, Koji's
 * {@code DEFAULT} (id 0), and no draft builds.
 */
final class BuildRecords {
    static final int VOLUME_ID = 0;
    static final String VOLUME_NAME = "DEFAULT";

    private BuildRecords() {}

    /** {@code getBuild}'s record. */
    static Map<String, Object> full(Build build) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", build.id());
        record.put("build_id", build.id());
        putIdentity(record, build);
        record.put("draft", false);
        record.put("state", build.state().code());
        record.put("task_id", build.taskId());
        record.put("owner_id", build.ownerId());
        record.put("owner_name", build.ownerName());
        putVolume(record);
        putTimes(record, build);
        record.put("promotion_time", null);
        record.put("promotion_ts", null);
        record.put("promoter_id", null);
        record.put("promoter_name", null);
        record.put("source", build.source());
        record.put("extra", JsonText.toWire(build.extra()));
        record.put("cg_id", build.cgId());
        record.put("cg_name", build.cgName());
        return record;
    }

    /** {@code listBuilds}' record. */
    static Map<String, Object> listed(Build build) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("build_id", build.id());
        putIdentity(record, build);
        record.put("state", build.state().code());
        record.put("task_id", build.taskId());
        record.put("owner_id", build.ownerId());
        record.put("owner_name", build.ownerName());
        putVolume(record);
        putTimes(record, build);
        record.put("source", build.source());
        record.put("extra", JsonText.toWire(build.extra()));
        return record;
    }

    /** {@code listTagged}'s record; Koji adds {@code extra} only when asked. */
    static Map<String, Object> tagged(TaggedBuild entry, boolean withExtra) {
        Build build = entry.build();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("tag_id", entry.tagId());
        record.put("tag_name", entry.tagName());
        record.put("id", build.id());
        record.put("build_id", build.id());
        putIdentity(record, build);
        record.put("state", build.state().code());
        record.put("completion_time", KojiTimes.text(build.completionTime()));
        record.put("start_time", KojiTimes.text(build.startTime()));
        record.put("task_id", build.taskId());
        record.put("owner_id", build.ownerId());
        record.put("owner_name", build.ownerName());
        record.put("creation_event_id", build.createEventId());
        record.put("creation_time", KojiTimes.text(build.createTime()));
        putVolume(record);
        record.put("create_event", entry.createEvent());
        if (withExtra) {
            record.put("extra", JsonText.toWire(build.extra()));
        }
        return record;
    }

    private static void putIdentity(Map<String, Object> record, Build build) {
        record.put("package_id", build.packageId());
        record.put("package_name", build.name());
        record.put("name", build.name());
        record.put("version", build.version());
        record.put("release", build.release());
        record.put("epoch", build.epoch());
        record.put("nvr", build.nvr());
    }

    private static void putVolume(Map<String, Object> record) {
        record.put("volume_id", VOLUME_ID);
        record.put("volume_name", VOLUME_NAME);
    }

    private static void putTimes(Map<String, Object> record, Build build) {
        record.put("creation_event_id", build.createEventId());
        record.put("creation_time", KojiTimes.text(build.createTime()));
        record.put("creation_ts", KojiTimes.ts(build.createTime()));
        record.put("start_time", KojiTimes.text(build.startTime()));
        record.put("start_ts", KojiTimes.ts(build.startTime()));
        record.put("completion_time", KojiTimes.text(build.completionTime()));
        record.put("completion_ts", KojiTimes.ts(build.completionTime()));
    }
}
