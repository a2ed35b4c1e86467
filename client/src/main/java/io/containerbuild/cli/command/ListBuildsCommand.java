package io.containerbuild.cli.command;

import io.containerbuild.build.BuildState;
import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.cli.watch.TaskRecords;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.wire.KojiSession;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

/** {@code koji list-builds}: builds matching a filter, as Koji's table of NVR, owner and state. */
@Command(name = "list-builds",
        customSynopsis = {"${COMMAND-FULL-NAME} [options]", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[info] Print the build listing",
                "At least one filter is needed, e.g. --package, --owner, --state or --type image."})
public final class ListBuildsCommand implements Callable<Integer> {

    private static final List<String> SORT_KEYS = List.of("nvr", "owner_name", "state");

    @Spec
    CommandSpec spec;

    @Option(names = "--package", description = "List builds for this package")
    String pkg;

    @Option(names = "--buildid", description = "List specific build from ID or nvr")
    String buildId;

    @Option(names = "--before", description = "List builds built before this time, " + TimeValue.HELP)
    String before;

    @Option(names = "--after", description = "List builds built after this time (same format as for --before)")
    String after;

    @Option(names = "--state", description = "List builds in this state (BUILDING, COMPLETE, DELETED, FAILED, CANCELED or 0-4)")
    String state;

    @Option(names = "--task", description = "List builds for this task")
    String task;

    @Option(names = "--type", description = "List builds of this type.")
    String type;

    @Option(names = "--prefix", description = "Only builds starting with this prefix")
    String prefix;

    @Option(names = "--pattern", description = "Only list builds matching this GLOB pattern")
    String pattern;

    @Option(names = "--cg", description = "Only list builds imported by matching content generator name")
    String cg;

    @Option(names = "--source", description = "Only builds where the source field matches (glob pattern)")
    String source;

    @Option(names = "--owner", description = "List builds built by this owner")
    String owner;

    @Option(names = {"-k", "--sort-key"}, paramLabel = "FIELD",
            description = "Sort the list by the named field. Allowed sort keys: nvr, owner_name, state")
    List<String> sortKeys = new ArrayList<>();

    @Option(names = {"-r", "--reverse"}, description = "Print the list in reverse order")
    boolean reverse;

    @Option(names = "--quiet", description = "Do not print the header information")
    boolean quiet;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public ListBuildsCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (!args.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "This command takes no arguments");
        }
        runtime.ensureConnection();
        KojiSession session = runtime.session();
        Map<String, Object> filter = filter(session);
        List<Map<String, Object>> builds = new ArrayList<>();
        if (buildId != null) {
            Object key = buildId.chars().allMatch(Character::isDigit) ? (Object) Integer.valueOf(buildId) : buildId;
            Map<String, Object> build = TaskRecords.struct(session.call("getBuild", key));
            if (build == null) {
                throw new ParameterException(spec.commandLine(), "No such build: '" + buildId + "'");
            }
            builds.add(build);
        } else if (filter.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Filter must be provided for list");
        } else {
            try {
                builds.addAll(TaskRecords.structs(session.call("listBuilds", List.of(), filter)));
            } catch (ParameterError e) {
                String message = String.valueOf(e.getMessage());
                if (message.endsWith("'pattern'") || message.endsWith("'cgID'")) {
                    throw new ParameterException(spec.commandLine(), "The hub doesn't support the '"
                            + (message.endsWith("'pattern'") ? "pattern" : "cg")
                            + "' argument, please try filtering the result on your local instead.");
                }
                throw e;
            }
        }
        print(sorted(builds));
        return 0;
    }

    private Map<String, Object> filter(KojiSession session) {
        Map<String, Object> filter = new LinkedHashMap<>();
        putIfGiven(filter, "type", type);
        putIfGiven(filter, "prefix", prefix);
        putIfGiven(filter, "pattern", pattern);
        putIfGiven(filter, "cgID", cg);
        if (pkg != null) {
            filter.put("packageID", idOrLookUp(pkg, () -> session.call("getPackageID", pkg), "package"));
        }
        if (owner != null) {
            filter.put("userID", idOrLookUp(owner, () -> {
                Map<String, Object> user = TaskRecords.struct(session.call("getUser", owner));
                return user == null ? null : user.get("id");
            }, "user"));
        }
        if (state != null) {
            filter.put("state", stateCode(state));
        }
        putIfGiven(filter, "completeBefore", TimeValue.of(before));
        putIfGiven(filter, "completeAfter", TimeValue.of(after));
        if (task != null) {
            try {
                filter.put("taskID", Integer.parseInt(task));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "Task id must be an integer");
            }
        }
        putIfGiven(filter, "source", source);
        return filter;
    }

    private Object idOrLookUp(String given, java.util.function.Supplier<Object> lookUp, String what) {
        try {
            return Integer.parseInt(given);
        } catch (NumberFormatException byName) {
            Object id = lookUp.get();
            if (id == null) {
                throw new ParameterException(spec.commandLine(), "No such " + what + ": " + given);
            }
            return id;
        }
    }

    private int stateCode(String given) {
        try {
            int code = Integer.parseInt(given);
            if (code < 0 || code > 4) {
                throw new ParameterException(spec.commandLine(), "Invalid state: " + given);
            }
            return code;
        } catch (NumberFormatException byName) {
            try {
                return BuildState.valueOf(given).code();
            } catch (IllegalArgumentException unknown) {
                throw new ParameterException(spec.commandLine(), "Invalid state: " + given);
            }
        }
    }

    private List<Map<String, Object>> sorted(List<Map<String, Object>> builds) {
        List<String> keys = sortKeys.isEmpty() ? List.of("nvr") : sortKeys;
        for (String key : keys) {
            if (!SORT_KEYS.contains(key)) {
                runtime.err().println("Invalid sort_key: " + key + ".");
            }
        }
        Comparator<Map<String, Object>> order = (a, b) -> 0;
        for (String key : keys) {
            order = order.thenComparing(build -> String.valueOf(build.get(key)));
        }
        List<Map<String, Object>> result = new ArrayList<>(builds);
        result.sort(reverse ? order.reversed() : order);
        return result;
    }

    private void print(List<Map<String, Object>> builds) {
        PrintStream out = runtime.out();
        if (!(quiet || runtime.settings().quiet())) {
            out.println(String.format(Locale.ROOT, "%-55s  %-16s  %s", "Build", "Built by", "State"));
            out.println("-".repeat(55) + "  " + "-".repeat(16) + "  " + "-".repeat(16));
        }
        for (Map<String, Object> build : builds) {
            out.println(String.format(Locale.ROOT, "%-55s  %-16s  %s", build.get("nvr"), build.get("owner_name"),
                    BuildState.fromCode(TaskRecords.intField(build, "state")).name()));
        }
    }

    private static void putIfGiven(Map<String, Object> filter, String key, Object value) {
        if (value != null) {
            filter.put(key, value);
        }
    }
}
