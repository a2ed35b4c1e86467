package io.containerbuild.cli.watch;

import io.containerbuild.cli.CommandFailure;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.task.TaskState;
import io.containerbuild.wire.KojiSession;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One task under watch, Koji's {@code TaskWatcher}: its last known record and how to show its state. */
final class WatchedTask {

    private final int id;
    private final int level;
    private final KojiSession session;
    private final PrintStream out;
    private final boolean quiet;
    private final Optional<String> topurl;
    private Map<String, Object> info;
    private String lastShownState = "unknown";

    WatchedTask(int id, int level, KojiSession session, PrintStream out, boolean quiet, Optional<String> topurl) {
        this.id = id;
        this.level = level;
        this.session = session;
        this.out = out;
        this.quiet = quiet;
        this.topurl = topurl;
    }

    int id() {
        return id;
    }

    int level() {
        return level;
    }

    Optional<TaskState> state() {
        return info == null ? Optional.empty() : Optional.of(TaskRecords.state(info));
    }

    /** Reads the task again and prints its state the first time and on every change; true on a change. */
    boolean update() {
        if (isDone()) {
            return false;
        }
        Map<String, Object> last = info;
        info = TaskRecords.struct(session.call("getTaskInfo", List.of(id), Map.of("request", Boolean.TRUE)));
        if (info == null) {
            if (!quiet) {
                out.println("No such task id: " + id);
            }
            throw new CommandFailure("", 1);
        }
        if (last == null) {
            String now = displayState(info, level);
            if (!quiet) {
                out.println(label() + ": " + now);
            }
            return false;
        }
        if (TaskRecords.state(last) != TaskRecords.state(info)) {
            String before = displayState(last, 0);
            String now = displayState(info, 0);
            if (!quiet) {
                out.println(label() + ": " + before + " -> " + now);
            }
            return true;
        }
        return false;
    }

    boolean isDone() {
        return info != null && TaskRecords.state(info).isFinished();
    }

    boolean isSuccess() {
        return info != null && TaskRecords.state(info) == TaskState.CLOSED;
    }

    /** Koji's {@code TaskWatcher.str()}: indented id and label. */
    String label() {
        String indent = "  ".repeat(level);
        return info == null ? indent + id : indent + id + " " + TaskRecords.label(info);
    }

    /** The state shown last, for the Ctrl-C report, which must not wait for the hub. */
    String lastShownState() {
        return lastShownState;
    }

    private String displayState(Map<String, Object> task, int indentLevel) {
        String shown = describe(task, indentLevel);
        lastShownState = shown;
        return shown;
    }

    private String describe(Map<String, Object> task, int indentLevel) {
        TaskState state = TaskRecords.state(task);
        if (state == TaskState.OPEN) {
            if (task.get("host_id") instanceof Number hostId) {
                Map<String, Object> host = TaskRecords.struct(session.call("getHost", hostId.intValue()));
                return "open (" + (host == null ? hostId : host.get("name")) + ")";
            }
            return "open";
        }
        if (state == TaskState.FAILED) {
            return "FAILED: " + failure() + relevantLogs(indentLevel + 1);
        }
        return TaskRecords.stateName(state);
    }

    /** The fault the task failed with, as {@code ClassName: message}. */
    private String failure() {
        try {
            session.call("getTaskResult", id);
            return "";
        } catch (KojiFault fault) {
            return fault.kojiName() + ": " + fault.faultString().strip();
        }
    }

    /** With a {@code topurl}, the URLs of the failed task's logs, indented one level deeper. */
    private String relevantLogs(int logLevel) {
        if (topurl.isEmpty()) {
            return "";
        }
        List<String> logs = new ArrayList<>();
        String indent = "  ".repeat(logLevel);
        TaskOutput.allVolumes(session, id).forEach((file, volumes) -> {
            if (file.endsWith("log")) {
                for (String volume : volumes) {
                    logs.add(indent + TaskOutputPaths.taskDirectory(topurl.get(), id, volume) + "/" + file);
                }
            }
        });
        return logs.isEmpty() ? "" : "\n" + indent + "Relevant logs:\n" + String.join("\n", logs);
    }
}
