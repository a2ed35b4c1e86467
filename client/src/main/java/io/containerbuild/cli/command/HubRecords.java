package io.containerbuild.cli.command;

import io.containerbuild.cli.CommandFailure;
import io.containerbuild.cli.watch.TaskRecords;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.KojiSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Look-ups several commands share, with Koji's messages when something is missing. */
final class HubRecords {

    private HubRecords() {
    }

    static Optional<Map<String, Object>> user(KojiSession session, String name) {
        return Optional.ofNullable(TaskRecords.struct(session.call("getUser", name)));
    }

    static Optional<Map<String, Object>> tag(KojiSession session, Object tag) {
        return Optional.ofNullable(TaskRecords.struct(session.call("getTag", tag)));
    }

    static Optional<Map<String, Object>> host(KojiSession session, Object host) {
        return Optional.ofNullable(TaskRecords.struct(session.call("getHost", host)));
    }

    static Optional<Map<String, Object>> channel(KojiSession session, String channel) {
        return Optional.ofNullable(TaskRecords.struct(session.call("getChannel", channel)));
    }

    static Map<String, Object> existingTag(KojiSession session, String tag) {
        return tag(session, tag).orElseThrow(() -> new CommandFailure("No such tag: " + tag));
    }

    /**
     * A call to a method this hub may not offer (container hubs have no buildroots, for instance): an
     * {@code Invalid method} fault counts as an empty answer.
     */
    static List<Map<String, Object>> listIfOffered(KojiSession session, String method, Map<String, ?> keywords) {
        try {
            return TaskRecords.structs(session.call(method, List.of(), keywords));
        } catch (KojiFault fault) {
            if (String.valueOf(fault.getMessage()).startsWith("Invalid method")) {
                return List.of();
            }
            throw fault;
        }
    }

    /** The package names on a tag's list: {@code listPackages(tagID=..., with_owners=False)}. */
    static List<String> packageNames(KojiSession session, int tagId, boolean inherited) {
        java.util.LinkedHashMap<String, Object> keywords = new java.util.LinkedHashMap<>();
        keywords.put("tagID", tagId);
        if (inherited) {
            keywords.put("inherited", Boolean.TRUE);
        }
        keywords.put("with_owners", Boolean.FALSE);
        return TaskRecords.structs(session.call("listPackages", List.of(), keywords)).stream()
                .map(record -> String.valueOf(record.get("package_name"))).toList();
    }
}
