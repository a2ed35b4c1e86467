package io.containerbuild.builderplugin.hub;

import io.containerbuild.arch.BuildTagArches;
import io.containerbuild.build.BuildState;
import io.containerbuild.fault.BuildError;
import io.containerbuild.wire.KojiSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hub calls the container handlers make, with their answers read into records. Every call goes
 * through {@link KojiSession#call(String, List, Map)} so that the wire shape (positional arguments
 * and Koji's keyword struct) is visible in one place.
 */
public final class KojiHub {

    private final KojiSession session;

    public KojiHub(KojiSession session) {
        this.session = session;
    }

    /** {@code getLastEvent()['id']}: reads of targets and tags are made at this event. */
    public int lastEventId() {
        return intField(struct(call("getLastEvent", List.of(), Map.of()), "getLastEvent"), "id");
    }

    /**
     * The target as it was at the event.
     *
     * @throws BuildError {@code Target `<name>` not found}
     */
    public BuildTarget buildTarget(String name, int eventId) {
        Object answer = call("getBuildTarget", List.of(name), Map.of("event", eventId));
        if (answer == null) {
            throw new BuildError("Target `" + name + "` not found");
        }
        Map<?, ?> target = struct(answer, "getBuildTarget");
        return new BuildTarget(intField(target, "id"), stringField(target, "name"), intField(target, "build_tag"),
                stringField(target, "build_tag_name"), intField(target, "dest_tag"),
                stringField(target, "dest_tag_name"));
    }

    /** The build tag's name, id and arches at the event ({@code getBuildConfig}). */
    public BuildTagArches buildTagArches(int buildTagId, int eventId) {
        Map<?, ?> config = struct(call("getBuildConfig", List.of(buildTagId), Map.of("event", eventId)),
                "getBuildConfig");
        Object arches = config.get("arches");
        return new BuildTagArches(stringField(config, "name"), intField(config, "id"),
                arches == null ? null : arches.toString());
    }

    /**
     * Whether the package is listed for the tag, and if so whether it is blocked
     * ({@code getPackageConfig}); empty when it is not listed.
     */
    public Optional<Boolean> packageBlocked(String tagName, String packageName) {
        Object answer = call("getPackageConfig", List.of(tagName, packageName), Map.of());
        if (answer == null) {
            return Optional.empty();
        }
        return Optional.of(Boolean.TRUE.equals(struct(answer, "getPackageConfig").get("blocked")));
    }

    /** A build by NVR (a string) or id (an integer); empty when the hub knows none. */
    public Optional<KojiBuild> build(Object nvrOrId) {
        Object answer = call("getBuild", List.of(nvrOrId), Map.of());
        if (answer == null) {
            return Optional.empty();
        }
        Map<?, ?> build = struct(answer, "getBuild");
        Object id = build.containsKey("build_id") ? build.get("build_id") : build.get("id");
        Map<String, Object> extra = new HashMap<>();
        if (build.get("extra") instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value != null) {
                    extra.put(String.valueOf(key), value);
                }
            });
        }
        return Optional.of(new KojiBuild(toInt(id, "getBuild", "build_id"), stringField(build, "name"),
                stringField(build, "nvr"), BuildState.fromCode(intField(build, "state")), extra));
    }

    /** The name of the user who owns the task ({@code getTaskInfo} then {@code getUser}). */
    public String taskOwnerName(int taskId) {
        Map<?, ?> task = struct(call("getTaskInfo", List.of(taskId), Map.of()), "getTaskInfo");
        Map<?, ?> user = struct(call("getUser", List.of(intField(task, "owner")), Map.of()), "getUser");
        return stringField(user, "name");
    }

    /** Cancels a task: the handlers cancel their own when the build was cancelled elsewhere. */
    public void cancelTask(int taskId) {
        call("cancelTask", List.of(taskId), Map.of());
    }

    private Object call(String method, List<?> args, Map<String, ?> keywords) {
        return session.call(method, args, keywords);
    }

    private static Map<?, ?> struct(Object answer, String method) {
        if (answer instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalStateException(method + " answered " + describe(answer) + " where a struct was expected");
    }

    private static int intField(Map<?, ?> struct, String key) {
        return toInt(struct.get(key), "the hub's answer", key);
    }

    private static int toInt(Object value, String where, String key) {
        if (value instanceof Integer small) {
            return small;
        }
        if (value instanceof Long wide && wide == wide.intValue()) {
            return wide.intValue();
        }
        throw new IllegalStateException(where + " has " + describe(value) + " for " + key + " where an int was expected");
    }

    private static String stringField(Map<?, ?> struct, String key) {
        Object value = struct.get(key);
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalStateException("the hub's answer has " + describe(value) + " for " + key
                + " where a string was expected");
    }

    private static String describe(Object value) {
        return value == null ? "None" : value.getClass().getSimpleName();
    }
}
