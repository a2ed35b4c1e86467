package io.containerbuild.cli.command;

import io.containerbuild.build.BuildState;
import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CommandFailure;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.cli.watch.TaskRecords;
import io.containerbuild.wire.KojiSession;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code koji buildinfo}: Koji's build report. Container builds have image archives and no RPMs; Maven, Windows and
 * RPM sections are left out.
 */
@Command(name = "buildinfo",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <n-v-r> [<n-v-r> ...]", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[info] Print basic information about a build", "A build is named by its N-V-R or its id."})
public final class BuildinfoCommand implements Callable<Integer> {

    /** Koji's {@code formatTimeLong}: {@code Thu, 26 Nov 2026 17:03:00 UTC}. */
    private static final DateTimeFormatter LONG_TIME = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz",
            Locale.ENGLISH);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public BuildinfoCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Please specify a build");
        }
        runtime.ensureConnection();
        boolean missing = false;
        for (String build : args) {
            Object key = build.chars().allMatch(Character::isDigit) ? (Object) Integer.valueOf(build) : build;
            Map<String, Object> info = TaskRecords.struct(runtime.session().call("getBuild", key));
            if (info == null) {
                runtime.err().println("No such build: " + build + "\n");
                missing = true;
                continue;
            }
            print(info);
        }
        if (missing) {
            throw new CommandFailure("", 1);
        }
        return 0;
    }

    private void print(Map<String, Object> info) {
        KojiSession session = runtime.session();
        PrintStream out = runtime.out();
        Map<String, Object> task = info.get("task_id") instanceof Number taskId
                ? TaskRecords.struct(session.call("getTaskInfo", List.of(taskId.intValue()), Map.of("request", Boolean.TRUE)))
                : null;
        List<String> tags = new ArrayList<>();
        for (Map<String, Object> tag : TaskRecords.structs(session.call("listTags", info.get("id")))) {
            tags.add(String.valueOf(tag.get("name")));
        }
        String state = BuildState.fromCode(TaskRecords.intField(info, "state")).name();
        out.println("BUILD: " + info.get("name") + "-" + info.get("version") + "-" + info.get("release") + " ["
                + info.get("id") + "]");
        out.println("State: " + state);
        if (state.equals("BUILDING")) {
            out.println("Reserved by: " + info.get("cg_name"));
        }
        out.println("Built by: " + info.get("owner_name"));
        if (info.get("source") != null) {
            out.println("Source: " + info.get("source"));
        }
        if (info.containsKey("volume_name")) {
            out.println("Volume: " + info.get("volume_name"));
        }
        out.println(task == null ? "Task: none" : "Task: " + task.get("id") + " " + TaskRecords.label(task));
        out.println("Finished: " + longTime(info.get("completion_ts")));
        out.println("Tags: " + String.join(" ", tags));
        if (info.get("extra") instanceof Map<?, ?> extra && !extra.isEmpty()) {
            out.println("Extra: " + ValuePrinter.repr(extra));
        }
        Map<String, List<String>> archivesByType = new LinkedHashMap<>();
        for (Map<String, Object> archive : HubRecords.listIfOffered(session, "listArchives",
                Map.of("buildID", info.get("id")))) {
            String type = String.valueOf(archive.get("btype"));
            String directory = type.equals("image") ? buildDirectory(info) + "/images"
                    : buildDirectory(info) + "/files/" + type;
            archivesByType.computeIfAbsent(type, key -> new ArrayList<>()).add(directory + "/" + archive.get("filename"));
        }
        archivesByType.forEach((type, paths) -> {
            out.println(type.equals("image") ? "Image archives:"
                    : Character.toUpperCase(type.charAt(0)) + type.substring(1) + " Archives:");
            paths.forEach(out::println);
        });
    }

    /** Koji's {@code pathinfo.build}: {@code <topdir>/packages/<name>/<version>/<release>}. */
    private String buildDirectory(Map<String, Object> info) {
        String top = runtime.settings().topdir();
        if (info.get("volume_name") != null && !"DEFAULT".equals(info.get("volume_name"))) {
            top = top + "/vol/" + info.get("volume_name");
        }
        return top + "/packages/" + info.get("name") + "/" + info.get("version") + "/" + info.get("release");
    }

    private static String longTime(Object timestamp) {
        if (!(timestamp instanceof Number seconds)) {
            return "";
        }
        return LONG_TIME.format(Instant.ofEpochMilli((long) (seconds.doubleValue() * 1000)).atZone(ZoneId.systemDefault()));
    }
}
