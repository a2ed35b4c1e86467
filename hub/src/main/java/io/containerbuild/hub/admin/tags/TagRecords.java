package io.containerbuild.hub.admin.tags;

import io.containerbuild.hub.rpc.JsonText;
import io.containerbuild.hub.store.Tag;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tag as Koji's {@code getTag} and {@code getBuildConfig} answer it. */
final class TagRecords {
    private TagRecords() {}

    static Map<String, Object> toWire(Tag tag) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", tag.id());
        record.put("name", tag.name());
        record.put("perm_id", tag.permId());
        record.put("perm", tag.perm());
        record.put("arches", tag.arches());
        record.put("locked", tag.locked());
        record.put("maven_support", tag.mavenSupport());
        record.put("maven_include_all", tag.mavenIncludeAll());
        record.put("extra", extra(tag));
        return record;
    }

    /**
     * {@code getTag(..., blocked=True)}: each extra value as a {@code [blocked, value]} pair. Without
     * inheritance nothing is ever blocked, so every pair starts with false.
     */
    static Map<String, Object> withBlockedPairs(Map<String, Object> record) {
        Map<String, Object> pairs = new LinkedHashMap<>();
        extraOf(record).forEach((key, value) -> pairs.put(key, Arrays.asList(false, value)));
        record.put("extra", pairs);
        return record;
    }

    /** The tag's extra struct; always a struct on the wire, empty when none is stored. */
    static Map<String, Object> extra(Tag tag) {
        Object extra = JsonText.toWire(tag.extra());
        Map<String, Object> struct = new LinkedHashMap<>();
        if (extra instanceof Map<?, ?> map) {
            map.forEach((key, value) -> struct.put(String.valueOf(key), value));
        }
        return struct;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extraOf(Map<String, Object> record) {
        return (Map<String, Object>) record.get("extra");
    }

    /** {@code getBuildConfig}'s addition: where arches and extra were inherited from (nowhere here). */
    static Map<String, Object> withConfigInheritance(Map<String, Object> record) {
        Map<String, Object> inheritance = new LinkedHashMap<>();
        inheritance.put("extra", new LinkedHashMap<String, Object>());
        inheritance.put("arches", null);
        record.put("config_inheritance", inheritance);
        return record;
    }
}
