package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.cli.watch.TaskOutput;
import io.containerbuild.cli.watch.TaskOutputPaths;
import io.containerbuild.cli.watch.TaskRecords;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.KojiSession;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji taskinfo}: Koji's task report: type, owner, state, times, host, build, log and output files. */
@Command(name = "taskinfo",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <task_id> [<task_id> ...]", CoreUsage.GLOBAL_HELP_HINT},
        description = "[info] Show information about a task")
public final class TaskinfoCommand implements Callable<Integer> {

    /** Python's {@code time.asctime}: {@code Thu Nov 26 17:03:00 2026}, the day padded with a space. */
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

    @Spec
    CommandSpec spec;

    @Option(names = {"-r", "--recurse"}, description = "Show children of this task as well")
    boolean recurse;

    @Option(names = {"-v", "--verbose"}, description = "Be verbose")
    boolean verbose;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public TaskinfoCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "You must specify at least one task ID");
        }
        List<Integer> ids = new ArrayList<>();
        for (String arg : args) {
            ids.add(TaskIds.parse(arg, spec));
        }
        runtime.ensureConnection();
        for (int id : ids) {
            print(id, 0, recurse);
        }
        return 0;
    }

    private void print(int taskId, int level, boolean withChildren) {
        KojiSession session = runtime.session();
        PrintStream out = runtime.out();
        String indent = "  ".repeat(level);
        Map<String, Object> info = TaskRecords.struct(session.call("getTaskInfo", taskId));
        if (info == null) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "No such task: " + taskId);
        }
        Map<String, Object> host = info.get("host_id") == null ? null
                : HubRecords.host(runtime.session(), info.get("host_id")).orElse(null);
        List<Map<String, Object>> buildroots = HubRecords.listIfOffered(session, "listBuildroots", Map.of("taskID", taskId));
        List<Map<String, Object>> builds = TaskRecords.structs(session.call("listBuilds", List.of(), Map.of("taskID", taskId)));
        List<String> logs = new ArrayList<>();
        List<String> output = new ArrayList<>();
        String topdir = runtime.settings().topdir();
        TaskOutput.allVolumes(session, taskId).forEach((file, volumes) -> {
            for (String volume : volumes) {
                String path = TaskOutputPaths.taskDirectory(topdir, taskId, volume) + "/" + file;
                (file.endsWith(".log") ? logs : output).add(path);
            }
        });
        Map<String, Object> owner = TaskRecords.struct(session.call("getUser", info.get("owner")));

        out.println(indent + "Task: " + taskId);
        out.println(indent + "Type: " + info.get("method"));
        if (verbose) {
            out.println(indent + "Request Parameters:");
            for (String line : requestLines(session, taskId)) {
                out.println(indent + "  " + line);
            }
        }
        out.println(indent + "Owner: " + (owner == null ? info.get("owner") : owner.get("name")));
        out.println(indent + "State: " + TaskRecords.stateName(TaskRecords.state(info)));
        out.println(indent + "Created: " + asctime(info.get("create_ts")));
        if (info.get("start_ts") instanceof Number) {
            out.println(indent + "Started: " + asctime(info.get("start_ts")));
        }
        if (info.get("completion_ts") instanceof Number) {
            out.println(indent + "Finished: " + asctime(info.get("completion_ts")));
        }
        if (host != null) {
            out.println(indent + "Host: " + host.get("name"));
        }
        if (!builds.isEmpty()) {
            out.println(indent + "Build: " + builds.get(0).get("nvr") + " (" + builds.get(0).get("build_id") + ")");
        }
        if (!buildroots.isEmpty()) {
            out.println(indent + "Buildroots:");
            for (Map<String, Object> root : buildroots) {
                out.println(indent + "  /var/lib/mock/" + root.get("tag_name") + "-" + root.get("id") + "-"
                        + root.get("repo_id") + "/");
            }
        }
        if (!logs.isEmpty()) {
            out.println(indent + "Log Files:");
            logs.forEach(path -> out.println(indent + "  " + path));
        }
        if (!output.isEmpty()) {
            out.println(indent + "Output:");
            output.forEach(path -> out.println(indent + "  " + path));
        }
        out.println();
        if (withChildren) {
            List<Map<String, Object>> children = new ArrayList<>(TaskRecords.structs(
                    session.call("getTaskChildren", List.of(taskId), Map.of("request", Boolean.TRUE))));
            children.sort(Comparator.comparingInt(child -> TaskRecords.intField(child, "id")));
            for (Map<String, Object> child : children) {
                print(TaskRecords.intField(child, "id"), level + 1, true);
            }
        }
    }

    /**
     * The request, one line per parameter; a trailing keyword struct and a dict of options are listed key by key,
     * as Koji does for the methods it knows.
     */
    private static List<String> requestLines(KojiSession session, int taskId) {
        List<String> lines = new ArrayList<>();
        Object request = session.call("getTaskRequest", taskId);
        if (!(request instanceof List<?> params)) {
            lines.add("Parameters: " + ValuePrinter.repr(request));
            return lines;
        }
        for (Object param : params) {
            if (param instanceof Map<?, ?> options) {
                lines.add("Options:");
                options.forEach((key, value) -> {
                    if (!"__starstar".equals(key)) {
                        lines.add("  " + key + ": " + ValuePrinter.repr(value));
                    }
                });
            } else {
                lines.add("Parameter: " + ValuePrinter.repr(param));
            }
        }
        return lines;
    }

    private static String asctime(Object timestamp) {
        if (!(timestamp instanceof Number seconds)) {
            return String.valueOf(timestamp);
        }
        return ASCTIME.format(Instant.ofEpochMilli((long) (seconds.doubleValue() * 1000)).atZone(ZoneId.systemDefault()));
    }
}
