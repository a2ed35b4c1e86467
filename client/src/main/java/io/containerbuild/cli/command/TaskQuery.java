package io.containerbuild.cli.command;

import io.containerbuild.arch.Arches;
import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CommandFailure;
import io.containerbuild.cli.watch.TaskRecords;
import io.containerbuild.task.TaskState;
import io.containerbuild.wire.KojiSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The task selection options of {@code list-tasks}, {@code watch-task} and {@code watch-logs}, and Koji's
 * {@code _list_tasks}: unfinished tasks (all with {@code --all}) matching the options, ordered by priority and
 * creation time, children threaded under their parents.
 */
public final class TaskQuery {

    @Option(names = "--mine", description = "Just your tasks")
    boolean mine;

    @Option(names = "--user", description = "Only tasks for this user")
    String user;

    @Option(names = "--arch", description = "Only tasks for this architecture")
    String arch;

    @Option(names = "--method", description = "Only tasks of this method, e.g. buildContainer")
    String method;

    @Option(names = "--channel", description = "Only tasks in this channel")
    String channel;

    @Option(names = "--host", description = "Only tasks for this host")
    String host;

    /** Whether any selection option was given. */
    boolean selects() {
        return mine || user != null || arch != null || method != null || channel != null || host != null;
    }

    /** The matching tasks, each parent followed by its {@code children}. */
    List<Map<String, Object>> run(ClientRuntime runtime, boolean all, Object after, Object before) {
        KojiSession session = runtime.session();
        Map<String, Object> callopts = new LinkedHashMap<>();
        callopts.put("decode", Boolean.TRUE);
        if (!all) {
            callopts.put("state", List.of(TaskState.FREE.code(), TaskState.OPEN.code(), TaskState.ASSIGNED.code()));
        }
        if (after != null) {
            callopts.put("startedAfter", after);
        }
        if (before != null) {
            callopts.put("startedBefore", before);
        }
        if (mine) {
            if (user != null) {
                throw new CommandFailure("GenericError: Can't specify 'mine' and 'user' in same time");
            }
            Map<String, Object> me = TaskRecords.struct(session.call("getLoggedInUser"));
            if (me == null) {
                runtime.out().println("Unable to determine user");
                throw new CommandFailure("", 1);
            }
            callopts.put("owner", me.get("id"));
        }
        if (user != null) {
            callopts.put("owner", lookUp(runtime, "getUser", user, "user").get("id"));
        }
        if (arch != null) {
            callopts.put("arch", Arches.parse(arch));
        }
        if (method != null) {
            callopts.put("method", method);
        }
        if (channel != null) {
            callopts.put("channel_id", lookUp(runtime, "getChannel", channel, "channel").get("id"));
        }
        if (host != null) {
            callopts.put("host_id", lookUp(runtime, "getHost", host, "host").get("id"));
        }
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Map<String, Object> task : TaskRecords.structs(session.call("listTasks", callopts,
                Map.of("order", "priority,create_time")))) {
            tasks.add(new LinkedHashMap<>(task));
        }
        Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
        tasks.forEach(task -> byId.put(task.get("id"), task));
        for (Map<String, Object> task : tasks) {
            Map<String, Object> parent = task.get("parent") == null ? null : byId.get(task.get("parent"));
            if (parent != null) {
                childrenOf(parent).add(task);
                task.put("sub", Boolean.TRUE);
            }
        }
        return tasks;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> childrenOf(Map<String, Object> task) {
        return (List<Map<String, Object>>) task.computeIfAbsent("children", key -> new ArrayList<>());
    }

    private static Map<String, Object> lookUp(ClientRuntime runtime, String method, String name, String what) {
        Map<String, Object> found = TaskRecords.struct(runtime.session().call(method, name));
        if (found == null) {
            runtime.out().println("No such " + what + ": " + name);
            throw new CommandFailure("", 1);
        }
        return found;
    }
}
